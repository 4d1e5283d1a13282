import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/useT.ts';
import type { DepartmentOption } from './useDepartments.ts';

export type CorrectionItemsFieldProps = {
  departments: DepartmentOption[];
  /** Documents named by earlier notices (a later notice may only repeat them). */
  named: string[];
};

/** The items of one consolidated correction notice (一次告知): document, reason and, optionally, the department. */
export function CorrectionItemsField({ departments, named }: CorrectionItemsFieldProps) {
  const t = useT();
  const required = { required: true, whitespace: true, message: t('files.form.required') };
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>{t('files.actionForm.items')}</legend>
      <Alert
        type="info"
        showIcon
        title={t('files.actionForm.itemsHint')}
        description={named.length > 0 ? t('files.actionForm.previouslyNamed', { list: named.join(t('common.list.separator')) }) : undefined}
        style={{ marginBottom: 12 }}
      />
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t('files.actionForm.itemN', { n: index + 1 })}
                style={{ marginBottom: 8 }}
                extra={
                  fields.length > 1 ? (
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('files.actionForm.removeItem', { n: index + 1 })}
                    />
                  ) : undefined
                }
              >
                <Form.Item name={[field.name, 'document']} label={t('files.actionForm.document')} rules={[required, { max: 2000 }]}>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'reason']} label={t('files.actionForm.itemReason')} rules={[required, { max: 2000 }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Form.Item name={[field.name, 'departmentCode']} label={t('files.actionForm.itemDepartment')} style={{ marginBottom: 0 }}>
                  <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={departments} />
                </Form.Item>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 200}>
              {t('files.actionForm.addItem')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
