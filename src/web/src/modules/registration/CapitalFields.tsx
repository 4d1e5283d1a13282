import { Form, InputNumber, Radio, Typography } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { LEGAL_FORMS, subscribedTotal, type EstablishmentValues } from './formModel.ts';
import { legalFormLabels } from './registrationLabels.ts';

const yuan = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

export type CapitalFieldsProps = {
  /** A change registration shows the registered type but does not change it (it is no change field). */
  fixedLegalForm?: boolean;
};

/** 企业类型 and 注册资本, with the investors' subscriptions added up beside it (CAP-01 wants them equal). */
export function CapitalFields({ fixedLegalForm = false }: CapitalFieldsProps) {
  const t = useT();
  const form = Form.useFormInstance<EstablishmentValues>();
  const investors = Form.useWatch('investors', form);
  const capital = Form.useWatch('registeredCapitalYuan', form);
  const sum = subscribedTotal(investors);
  const mismatch = typeof capital === 'number' && sum > 0 && Math.abs(sum - capital) > 0.005;
  return (
    <>
      <Form.Item
        name="legalForm"
        label={t('registration.form.legalForm')}
        extra={fixedLegalForm ? t('change.form.legalFormFixed') : undefined}
        rules={[{ required: true, message: t('registration.form.required') }]}
      >
        <Radio.Group disabled={fixedLegalForm} options={LEGAL_FORMS.map((f) => ({ value: f, label: t(legalFormLabels[f]) }))} />
      </Form.Item>
      <Form.Item name="registeredCapitalYuan" label={t('registration.form.capital')} rules={[{ required: true, message: t('registration.form.required') }]}>
        <InputNumber<number> min={0.01} step={100000} style={{ width: '100%', maxWidth: 280 }} />
      </Form.Item>
      <Typography.Text type={mismatch ? 'warning' : 'secondary'} data-testid="capital-sum">
        {mismatch ? t('registration.form.capitalMismatch', { sum: yuan(sum) }) : t('registration.form.capitalSum', { sum: yuan(sum) })}
      </Typography.Text>
    </>
  );
}
