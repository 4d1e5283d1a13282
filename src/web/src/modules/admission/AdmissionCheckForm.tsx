import { useState } from 'react';
import { Button, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { AdmissionCheckResponse } from '../../../../schemas/admission.ts';
import { api, ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/useT.ts';
import { isIsoDate, todayInShanghai } from '../calendar/dates.ts';
import { CHECK_FIELDS, checkRequest, ENTERPRISE_FORMS, enterpriseFormLabels, type CheckValues } from './checkRequest.ts';
import { IndustryCodeSelect } from './IndustryCodeSelect.tsx';

export type AdmissionCheckFormProps = {
  /** Called as a check is sent: the previous answer no longer stands. */
  onSubmit: () => void;
  onResult: (result: AdmissionCheckResponse) => void;
  /** An error that is not about one field (those are shown on the field). */
  onError: (error: unknown) => void;
};

/** The investment to check: POST /api/admission/check; a 400 naming a field is shown on that field. */
export function AdmissionCheckForm({ onSubmit, onResult, onError }: AdmissionCheckFormProps) {
  const t = useT();
  const [form] = Form.useForm<CheckValues>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: CheckValues) => {
    setBusy(true);
    onSubmit();
    try {
      onResult(await api.post<AdmissionCheckResponse>('/api/admission/check', checkRequest(values)));
    } catch (cause) {
      const field = cause instanceof ApiError ? CHECK_FIELDS.find((f) => f === cause.field?.split('.')[0]) : undefined;
      if (field && cause instanceof ApiError) form.setFields([{ name: field, errors: [cause.message] }]);
      else onError(cause);
    } finally {
      setBusy(false);
    }
  };

  const yesNoUnknown = (
    <Radio.Group
      optionType="button"
      options={[
        { value: 'yes', label: t('admissionCheck.form.yes') },
        { value: 'no', label: t('admissionCheck.form.no') },
        { value: 'unknown', label: t('admissionCheck.form.unknown') },
      ]}
    />
  );

  return (
    <Form<CheckValues>
      form={form}
      name="admission-check"
      layout="vertical"
      initialValues={{ date: todayInShanghai(), industryCodes: [], form: 'company', legalRepresentativeForeign: 'unknown', largestShareholderForeign: 'unknown' }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        label={t('admissionCheck.form.date')}
        name="date"
        extra={t('admissionCheck.form.dateHelp')}
        rules={[
          { required: true, message: t('admissionCheck.form.dateRequired') },
          { validator: (_, v: string) => (!v || isIsoDate(v) ? Promise.resolve() : Promise.reject(new Error(t('calendar.due.fromInvalid')))) },
        ]}
      >
        <Input type="date" />
      </Form.Item>
      <Form.Item
        label={t('admissionCheck.form.industries')}
        name="industryCodes"
        extra={t('admissionCheck.form.industriesHelp')}
        rules={[{ required: true, type: 'array', min: 1, message: t('admissionCheck.form.industriesRequired') }]}
      >
        <IndustryCodeSelect />
      </Form.Item>
      <Form.Item
        label={t('admissionCheck.form.foreignShare')}
        name="foreignShare"
        extra={t('admissionCheck.form.foreignShareHelp')}
        rules={[{ required: true, message: t('admissionCheck.form.foreignShareRequired') }]}
      >
        <InputNumber<number> min={0} max={100} step={1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('admissionCheck.form.largestForeign')}
        name="largestForeignInvestorShare"
        extra={t('admissionCheck.form.largestForeignHelp')}
        dependencies={['foreignShare']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v: number | null | undefined) => {
              const all = getFieldValue('foreignShare') as number | null | undefined;
              return v == null || all == null || v <= all ? Promise.resolve() : Promise.reject(new Error(t('admissionCheck.form.largestForeignTooBig')));
            },
          }),
        ]}
      >
        <InputNumber<number> min={0} max={100} step={1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('admissionCheck.form.legalRep')} name="legalRepresentativeForeign">
        {yesNoUnknown}
      </Form.Item>
      <Form.Item label={t('admissionCheck.form.largestShareholder')} name="largestShareholderForeign">
        {yesNoUnknown}
      </Form.Item>
      <Form.Item label={t('admissionCheck.form.legalForm')} name="form" rules={[{ required: true }]}>
        <Select options={ENTERPRISE_FORMS.map((f) => ({ value: f, label: t(enterpriseFormLabels[f]) }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('admissionCheck.form.submit')}
      </Button>
    </Form>
  );
}
