import { Descriptions, type DescriptionsProps } from 'antd';
import { areaLabelId } from '../../auth/roles.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { useT } from '../../i18n/useT.ts';
import { entityTypeLabels } from './fileLabels.ts';

const fieldLabels: Record<string, MessageId> = {
  permitName: 'files.form.permitName',
  projectName: 'files.form.projectName',
  entityName: 'files.form.entityName',
  entityType: 'files.form.entityType',
  areaCode: 'files.form.areaCode',
  enterpriseUscc: 'files.form.enterpriseUscc',
  description: 'files.form.description',
  investmentYuan: 'files.file.investmentYuan',
  address: 'files.form.address',
  legalRepresentative: 'files.form.legalRepresentative',
  registeredCapitalYuan: 'files.file.registeredCapitalYuan',
  industryCode: 'files.form.industryCode',
  commitment: 'files.commitment.fieldset',
};
// The order fields are shown in; fields this list does not know come last, under their own names.
const order = Object.keys(fieldLabels);

export type FileFormDetailsProps = {
  /** The file type's code: the description field means the activity for a permit, the works for a project. */
  type: string;
  form: Record<string, unknown>;
};

/** What the applicant filled in, with the form's own labels. */
export function FileFormDetails({ type, form }: FileFormDetailsProps) {
  const t = useT();
  const keys = Object.keys(form).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
  });
  const show = (key: string, value: unknown): string => {
    if (key === 'areaCode' && typeof value === 'string') {
      const id = areaLabelId(value);
      return id ? t(id) : value;
    }
    if (key === 'entityType' && typeof value === 'string' && value in entityTypeLabels) {
      return t(entityTypeLabels[value as keyof typeof entityTypeLabels]);
    }
    if (typeof value === 'number') return value.toLocaleString();
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  const row = (key: string, label: string, value: string) => ({
    key,
    label,
    children: <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>,
  });
  // 告知承诺制: the written commitment is shown as its own rows (notice read, statement, who signed).
  const commitmentRows = (value: unknown) => {
    const c = (value ?? {}) as Record<string, unknown>;
    return [
      row('commitment.noticeRead', t('files.commitment.formNotice'), c.noticeRead === true ? t('files.commitment.formNoticeRead') : '—'),
      row('commitment.statement', t('files.commitment.formStatement'), typeof c.statement === 'string' ? c.statement : '—'),
      row('commitment.signedBy', t('files.commitment.formSignedBy'), typeof c.signedBy === 'string' ? c.signedBy : '—'),
    ];
  };
  const items: DescriptionsProps['items'] = keys.flatMap((key) => {
    if (key === 'commitment' && typeof form[key] === 'object' && form[key] !== null) return commitmentRows(form[key]);
    const id = key === 'description' && type === 'permit-parallel' ? 'files.form.projectDescription' : fieldLabels[key];
    return [row(key, id ? t(id) : key, show(key, form[key]))];
  });
  return <Descriptions bordered size="small" column={1} items={items} />;
}
