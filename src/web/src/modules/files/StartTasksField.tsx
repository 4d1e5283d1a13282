import { Button, Form, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/useT.ts';
import type { DepartmentOption } from './useDepartments.ts';

export type StartTasksFieldProps = {
  departments: DepartmentOption[];
};

/** The departments to fan a file out to (并联分办), each with an optional limit of its own. */
export function StartTasksField({ departments }: StartTasksFieldProps) {
  const t = useT();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>{t('files.actionForm.tasks')}</legend>
      <Form.List name="tasks">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} wrap align="start" style={{ display: 'flex' }}>
                <Form.Item
                  name={[field.name, 'departmentCode']}
                  label={t('files.actionForm.department')}
                  rules={[{ required: true, message: t('files.form.required') }]}
                  style={{ minWidth: 280 }}
                >
                  <Select showSearch={{ optionFilterProp: 'label' }} options={departments} />
                </Form.Item>
                <Form.Item name={[field.name, 'workingDays']} label={t('files.actionForm.taskDays')} tooltip={t('files.actionForm.taskDaysHelp')}>
                  <InputNumber<number> min={1} max={365} precision={0} style={{ width: 120 }} />
                </Form.Item>
                {fields.length > 1 && (
                  <Form.Item label={<span className="zimao-sr-only">{t('common.action.delete')}</span>}>
                    <Button
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('files.actionForm.removeTask', { n: index + 1 })}
                    />
                  </Form.Item>
                )}
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 50}>
              {t('files.actionForm.addTask')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
