import { Alert, Checkbox, Col, Form, Input, Row } from 'antd';
import { useT } from '../../i18n/useT.ts';

export type DomicileFieldsProps = {
  /** An individual business declares its business premises (经营场所), not a domicile: the words change, not the rule. */
  premises?: boolean;
};

/** 住所 (or 经营场所) with the applicant's commitment (住所申报承诺, REG-03): the address is checked later, not before. */
export function DomicileFields({ premises = false }: DomicileFieldsProps) {
  const t = useT();
  return (
    <>
      <Form.Item
        name={['domicile', 'address']}
        label={t(premises ? 'registration.form.premises' : 'registration.form.address')}
        extra={t(premises ? 'registration.form.premisesHelp' : 'registration.form.addressHelp')}
        rules={[{ required: true, whitespace: true, message: t('registration.form.required') }, { min: 6, max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Alert
        type="info"
        title={t(premises ? 'registration.form.premisesCommitmentTitle' : 'registration.form.commitmentTitle')}
        description={t(premises ? 'registration.form.premisesCommitmentText' : 'registration.form.commitmentText')}
        style={{ marginBottom: 12 }}
      />
      <Form.Item
        name={['domicile', 'commitment']}
        valuePropName="checked"
        rules={[{ validator: async (_rule, checked: boolean | undefined) => { if (!checked) throw new Error(t(premises ? 'registration.form.premisesCommitmentRequired' : 'registration.form.commitmentRequired')); } }]}
      >
        <Checkbox>{t(premises ? 'registration.form.premisesCommitment' : 'registration.form.commitment')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** 联系人: who the registration authority and the departments that follow reach. */
export function ContactFields() {
  const t = useT();
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name={['contact', 'name']} label={t('registration.form.contactName')} rules={[{ required: true, whitespace: true, message: t('registration.form.required') }, { max: 200 }]}>
          <Input maxLength={200} autoComplete="name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={['contact', 'phone']}
          label={t('registration.form.contactPhone')}
          rules={[
            { required: true, message: t('registration.form.required') },
            { pattern: /^[0-9+\-() ]{6,20}$/, message: t('registration.form.phoneInvalid') },
          ]}
        >
          <Input maxLength={20} autoComplete="tel" inputMode="tel" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['contact', 'email']} label={t('registration.form.contactEmail')} rules={[{ type: 'email', message: t('registration.form.emailInvalid') }]}>
          <Input maxLength={200} autoComplete="email" inputMode="email" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Order No. 37 Art. 4 facts a foreign investor declares (asked only when an investor is foreign). */
export function ForeignControlFields() {
  const t = useT();
  return (
    <>
      <Alert type="info" showIcon title={t('registration.form.foreignIntro')} style={{ marginBottom: 12 }} />
      <Form.Item name={['foreignControl', 'acquiresActualControl']} valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('registration.form.acquiresActualControl')}</Checkbox>
      </Form.Item>
      <Form.Item name={['foreignControl', 'votingInfluence']} valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('registration.form.votingInfluence')}</Checkbox>
      </Form.Item>
      <Form.Item name={['foreignControl', 'nearMilitaryFacility']} valuePropName="checked">
        <Checkbox>{t('registration.form.nearMilitary')}</Checkbox>
      </Form.Item>
    </>
  );
}
