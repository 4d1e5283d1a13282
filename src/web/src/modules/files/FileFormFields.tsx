import { AutoComplete, Form, Input, InputNumber, Select } from 'antd';
import type { EnterpriseListResponse } from '../../../../schemas/enterprises.ts';
import { useApi } from '../../api/useApi.ts';
import { AREA_CODES, areaCodeLabelId } from '../../auth/roles.ts';
import { useT } from '../../i18n/useT.ts';
import { entityTypeLabels } from './fileLabels.ts';
import { ENTITY_TYPES, INDUSTRY_CLASS_PATTERN, USCC_PATTERN, type FileTypeCode } from './fileModel.ts';

export type FileFormFieldsProps = {
  type: FileTypeCode;
  /** Called when an enterprise of the applicant is picked, with its area (to fill the area field). */
  onEnterprisePicked: (areaCode: string) => void;
};

/** The form fields of one procedure (the server checks them again against the type's schema). */
export function FileFormFields({ type, onEnterprisePicked }: FileFormFieldsProps) {
  const t = useT();
  const enterprises = useApi<EnterpriseListResponse>(type === 'market-registration' ? null : '/api/enterprises', { limit: 200 });
  const required = { required: true, whitespace: true, message: t('files.form.required') };
  const areaField = (
    <Form.Item name="areaCode" label={t('files.form.areaCode')} rules={[{ required: true, message: t('files.form.required') }]}>
      <Select options={AREA_CODES.map((code) => ({ value: code, label: t(areaCodeLabelId(code)) }))} style={{ maxWidth: 240 }} />
    </Form.Item>
  );

  if (type === 'market-registration') {
    return (
      <>
        <Form.Item name="entityName" label={t('files.form.entityName')} rules={[required, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="entityType" label={t('files.form.entityType')} rules={[{ required: true, message: t('files.form.required') }]}>
          <Select options={ENTITY_TYPES.map((code) => ({ value: code, label: t(entityTypeLabels[code]) }))} style={{ maxWidth: 320 }} />
        </Form.Item>
        {areaField}
        <Form.Item name="address" label={t('files.form.address')} rules={[required, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="legalRepresentative" label={t('files.form.legalRepresentative')} rules={[required, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="registeredCapitalYuan" label={t('files.form.registeredCapitalYuan')}>
          <InputNumber<number> min={1} precision={0} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item
          name="industryCode"
          label={t('files.form.industryCode')}
          extra={t('files.form.industryCodeHelp')}
          rules={[{ required: true, pattern: INDUSTRY_CLASS_PATTERN, message: t('files.form.industryCodeInvalid') }]}
        >
          <Input maxLength={4} inputMode="numeric" style={{ width: 120 }} />
        </Form.Item>
      </>
    );
  }

  const mine = enterprises.data?.items ?? [];
  return (
    <>
      {type === 'permit-parallel' ? (
        <Form.Item name="projectName" label={t('files.form.projectName')} rules={[required, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      ) : (
        <Form.Item name="permitName" label={t('files.form.permitName')} rules={[required, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item
        name="enterpriseUscc"
        label={t('files.form.enterpriseUscc')}
        extra={t('files.form.enterpriseUsccHelp')}
        normalize={(v: string | undefined) => v?.trim().toUpperCase()}
        rules={[{ required: true, pattern: USCC_PATTERN, message: t('files.form.usccInvalid') }]}
      >
        <AutoComplete
          options={mine.map((e) => ({ value: e.uscc, label: `${e.uscc} ${e.name}` }))}
          onSelect={(uscc: string) => {
            const picked = mine.find((e) => e.uscc === uscc);
            if (picked) onEnterprisePicked(picked.areaCode);
          }}
          style={{ maxWidth: 420 }}
        />
      </Form.Item>
      {areaField}
      <Form.Item
        name="description"
        label={type === 'permit-parallel' ? t('files.form.projectDescription') : t('files.form.description')}
        rules={[required, { max: 5000 }]}
      >
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      {type === 'permit-parallel' && (
        <Form.Item name="investmentYuan" label={t('files.form.investmentYuan')}>
          <InputNumber<number> min={1} precision={0} style={{ width: 240 }} />
        </Form.Item>
      )}
    </>
  );
}
