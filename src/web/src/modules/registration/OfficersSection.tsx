import { Button, Form, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/useT.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { newPerson, type OfficerPosition } from './formModel.ts';
import { ItemFieldset } from './ItemFieldset.tsx';
import { PersonFields } from './PersonFields.tsx';
import { positionLabels } from './registrationLabels.ts';

export type OfficersListProps = {
  name: 'directors' | 'supervisors' | 'managers';
  headingId: MessageId;
  /** The legend of one item, with {n}. */
  itemId: MessageId;
  addId: MessageId;
  positions: readonly OfficerPosition[];
  /** At least one is required (directors). */
  required?: boolean;
};

/** A list of directors, supervisors or managers: each with identity and position. */
export function OfficersList({ name, headingId, itemId, addId, positions, required = false }: OfficersListProps) {
  const t = useT();
  return (
    <section aria-label={t(headingId)} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t(headingId)}
      </Typography.Title>
      <Form.List
        name={name}
        rules={
          required
            ? [
                {
                  validator: async (_rule, value: unknown[] | undefined) => {
                    if (!value || value.length === 0) throw new Error(t('registration.form.directorsRequired'));
                  },
                },
              ]
            : []
        }
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => {
              const legend = t(itemId, { n: index + 1 });
              return (
                <ItemFieldset key={field.key} legend={legend} onRemove={!required || fields.length > 1 ? () => remove(field.name) : undefined}>
                  <PersonFields path={[field.name]} absolute={[name, field.name]} />
                  <Form.Item name={[field.name, 'position']} label={t('registration.form.position')}>
                    <Select allowClear style={{ maxWidth: 240 }} options={positions.map((p) => ({ value: p, label: t(positionLabels[p]) }))} />
                  </Form.Item>
                </ItemFieldset>
              );
            })}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ ...newPerson(), position: positions[positions.length - 1] })}>
              {t(addId)}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
}
