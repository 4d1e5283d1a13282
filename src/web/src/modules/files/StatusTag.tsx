import { Tag } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { statusLabelId } from './fileLabels.ts';

const colors: Record<string, string> = {
  submitted: 'blue',
  correction_requested: 'gold',
  accepted: 'processing',
  paused: 'purple',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
  certificate_issued: 'cyan',
  under_verification: 'geekblue',
  rectification_ordered: 'orange',
  revoked: 'red',
};

export type StatusTagProps = {
  status: string;
};

/** A file's status (已提交, 审查中, …) as a coloured tag. */
export function StatusTag({ status }: StatusTagProps) {
  const t = useT();
  const id = statusLabelId(status);
  return (
    <Tag color={colors[status] ?? 'default'} data-testid="file-status">
      {id ? t(id) : status}
    </Tag>
  );
}
