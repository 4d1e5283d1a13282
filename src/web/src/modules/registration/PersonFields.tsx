import { Col, Form, Input, Row, Select, type FormRule } from 'antd';
import { useT } from '../../i18n/useT.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { PERSON_ID_TYPES, type FieldPath, type IdType } from './formModel.ts';
import { idTypeLabels } from './registrationLabels.ts';
import { residentIdProblem } from './residentId.ts';

const problemLabels: Record<'format' | 'birth' | 'check', MessageId> = {
  format: 'registration.form.residentId.format',
  birth: 'registration.form.residentId.birth',
  check: 'registration.form.residentId.check',
};

export type PersonFieldsProps = {
  /** The name prefix inside its Form.List item ([field.name]) or at the top (['legalRepresentative']). */
  path: FieldPath;
  /** The same fields' absolute path in the form (['investors', 0]), for the rules that read the ID type. */
  absolute: FieldPath;
  nameLabel?: MessageId;
  idTypes?: readonly IdType[];
};

/** Name, nationality (ISO alpha-2, CN by default), ID type and number of a person or entity of the form. */
export function PersonFields({ path, absolute, nameLabel = 'registration.form.personName', idTypes = PERSON_ID_TYPES }: PersonFieldsProps) {
  const t = useT();
  const required = { required: true, message: t('registration.form.required') };
  const idNumberRule: FormRule = (form) => ({
    validator: async (_rule, value: string | undefined) => {
      if (!value || form.getFieldValue([...absolute, 'idType']) !== 'resident-id') return;
      const problem = residentIdProblem(value);
      if (problem) throw new Error(t(problemLabels[problem]));
    },
  });
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name={[...path, 'name']} label={t(nameLabel)} rules={[required, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...path, 'nationality']}
          label={t('registration.form.nationality')}
          extra={t('registration.form.nationalityHelp')}
          normalize={(v: string) => v.toUpperCase()}
          rules={[required, { pattern: /^[A-Z]{2}$/, message: t('registration.form.nationalityInvalid') }]}
        >
          <Input maxLength={2} style={{ maxWidth: 120 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[...path, 'idType']} label={t('registration.form.idType')} rules={[required]}>
          <Select options={idTypes.map((type) => ({ value: type, label: t(idTypeLabels[type]) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...path, 'idNumber']}
          label={t('registration.form.idNumber')}
          dependencies={[[...absolute, 'idType']]}
          validateFirst
          normalize={(v: string) => v.toUpperCase()}
          rules={[required, { min: 4, max: 40 }, idNumberRule]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}
