import { Button, Form, InputNumber, Radio, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/useT.ts';
import { newPerson } from './formModel.ts';
import { COMPOSITION_FORMS, type CompositionForm, type IndividualBusinessValues } from './individualFormModel.ts';
import { ItemFieldset } from './ItemFieldset.tsx';
import { PersonFields } from './PersonFields.tsx';
import { compositionFormLabels } from './registrationLabels.ts';

/** The family members who take part in a family business (家庭经营): at least one (IB-02, MER Art. 8). */
function FamilyMembersList() {
  const t = useT();
  return (
    <section aria-label={t('registration.form.familyMembers')} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('registration.form.familyMembers')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('registration.form.familyMembersHelp')}</Typography.Paragraph>
      <Form.List
        name="familyMembers"
        rules={[
          {
            validator: async (_rule, value: unknown[] | undefined) => {
              if (!value || value.length === 0) throw new Error(t('registration.form.familyMembersRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <ItemFieldset key={field.key} legend={t('registration.form.familyMember', { n: index + 1 })} onRemove={() => remove(field.name)}>
                <PersonFields path={[field.name]} absolute={['familyMembers', field.name]} />
              </ItemFieldset>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add(newPerson())}>
              {t('registration.form.addFamilyMember')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
}

/** 组成形式 (个人经营 / 家庭经营) with the family members of a family business, and 资金数额. */
export function CompositionFields() {
  const t = useT();
  const form = Form.useFormInstance<IndividualBusinessValues>();
  const composition: CompositionForm | undefined = Form.useWatch('compositionForm', form);
  const required = { required: true, message: t('registration.form.required') };
  return (
    <>
      <Form.Item name="compositionForm" label={t('registration.form.compositionForm')} extra={t('registration.form.compositionFormHelp')} rules={[required]}>
        <Radio.Group
          options={COMPOSITION_FORMS.map((c) => ({ value: c, label: t(compositionFormLabels[c]) }))}
          onChange={(event) => {
            // A family business starts with one member to fill in; an individual one sends none.
            const members = (form.getFieldValue('familyMembers') as unknown[] | undefined) ?? [];
            if (event.target.value === 'family' && members.length === 0) form.setFieldValue('familyMembers', [newPerson()]);
          }}
        />
      </Form.Item>
      {composition === 'family' && <FamilyMembersList />}
      <Form.Item name="fundsYuan" label={t('registration.form.funds')} extra={t('registration.form.fundsHelp')} rules={[required]}>
        <InputNumber<number> min={0.01} max={1e10} step={10000} style={{ width: '100%', maxWidth: 280 }} />
      </Form.Item>
    </>
  );
}
