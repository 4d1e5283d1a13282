import { Button, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/useT.ts';
import { CONTRIBUTION_FORMS, ENTITY_ID_TYPES, newInvestor, PERSON_ID_TYPES, type InvestorKind } from './formModel.ts';
import { ItemFieldset } from './ItemFieldset.tsx';
import { PersonFields } from './PersonFields.tsx';
import { contributionFormLabels, investorKindLabels } from './registrationLabels.ts';

const KINDS: InvestorKind[] = ['person', 'entity'];

/** 股东（发起人）及出资: each investor's identity, subscription, contribution form and the day it is paid in full. */
export function InvestorsSection() {
  const t = useT();
  const form = Form.useFormInstance();
  const kinds = (Form.useWatch('investors', form) ?? []).map((i: { kind?: InvestorKind } | undefined) => i?.kind);
  const required = { required: true, message: t('registration.form.required') };
  return (
    <Form.List
      name="investors"
      rules={[
        {
          validator: async (_rule, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error(t('registration.form.investorsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => {
            const legend = t('registration.form.investor', { n: index + 1 });
            return (
              <ItemFieldset key={field.key} legend={legend} onRemove={fields.length > 1 ? () => remove(field.name) : undefined}>
                <Form.Item name={[field.name, 'kind']} label={t('registration.form.investorKind')} rules={[required]}>
                  <Radio.Group options={KINDS.map((kind) => ({ value: kind, label: t(investorKindLabels[kind]) }))} />
                </Form.Item>
                <PersonFields
                  path={[field.name]}
                  absolute={['investors', field.name]}
                  nameLabel="registration.form.investorName"
                  idTypes={kinds[index] === 'entity' ? ENTITY_ID_TYPES : PERSON_ID_TYPES}
                />
                <Row gutter={16}>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'subscribedYuan']} label={t('registration.form.subscribed')} rules={[required]}>
                      <InputNumber<number> min={0.01} step={10000} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'contributionForm']} label={t('registration.form.contributionForm')} rules={[required]}>
                      <Select options={CONTRIBUTION_FORMS.map((c) => ({ value: c, label: t(contributionFormLabels[c]) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'contributionDueOn']} label={t('registration.form.dueOn')} extra={t('registration.form.dueOnHelp')} rules={[required]}>
                      <Input type="date" />
                    </Form.Item>
                  </Col>
                </Row>
              </ItemFieldset>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} onClick={() => add(newInvestor())}>
            {t('registration.form.addInvestor')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
