import { Tag } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { slaLabelId } from './fileLabels.ts';

const colors: Record<string, string> = { on_time: 'green', due_soon: 'orange', overdue: 'red' };

export type SlaTagProps = {
  /** on_time, due_soon or overdue; null when no deadline runs (nothing is shown). */
  sla: string | null;
};

/** Where a file stands against its deadline: on time (green), due soon (orange), overdue (red). */
export function SlaTag({ sla }: SlaTagProps) {
  const t = useT();
  if (sla === null) return null;
  const id = slaLabelId(sla);
  return (
    <Tag color={colors[sla] ?? 'default'} data-testid="file-sla">
      {id ? t(id) : sla}
    </Tag>
  );
}
