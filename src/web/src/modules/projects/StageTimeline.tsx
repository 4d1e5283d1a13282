import { Space, Tag, Timeline, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { StageChangeView } from '../../../../schemas/projects.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { formatBytes } from '../files/readDocument.ts';
import { formatYuan } from './formatYuan.ts';
import { stageColors, stageLabels } from './labels.ts';

const factLabels: Record<string, MessageId> = {
  agreementNo: 'projects.fact.agreementNo',
  contractedInvestmentYuan: 'projects.fact.contractedInvestmentYuan',
  permitNo: 'projects.fact.permitNo',
  outputYuan: 'projects.fact.outputYuan',
  taxYuan: 'projects.fact.taxYuan',
  figuresYear: 'projects.fact.figuresYear',
  reason: 'projects.fact.reason',
};

/** Every stage the project entered, with its date, evidence facts and documents, who recorded it and when. */
export function StageTimeline({ projectId, timeline }: { projectId: number; timeline: StageChangeView[] }) {
  const t = useT();
  const { locale } = useLocale();
  const fact = (key: string, value: string | number) => (typeof value === 'number' && key.endsWith('Yuan') ? formatYuan(value, locale) : String(value));
  return (
    <Timeline
      data-testid="stage-timeline"
      items={timeline.map((c) => ({
        key: c.seq,
        color: c.to === 'dropped' ? 'red' : 'blue',
        children: (
          <Space orientation="vertical" size={2}>
            <span>
              <Tag color={stageColors[c.to]}>{t(stageLabels[c.to])}</Tag>
              <strong>{c.on}</strong>
            </span>
            {Object.entries(c.facts).map(([k, v]) => (
              <span key={k}>
                {factLabels[k] ? t(factLabels[k]) : k}：{fact(k, v)}
              </span>
            ))}
            {c.documents.map((d) => (
              <a key={d.id} href={`/api/projects/${projectId}/documents/${d.id}`} download={d.name} aria-label={t('projects.timeline.download', { name: d.name })}>
                <DownloadOutlined /> {d.name} ({formatBytes(d.sizeBytes)}, SHA-256 {d.sha256.slice(0, 12)}…)
              </a>
            ))}
            {c.note && <Typography.Text>{c.note}</Typography.Text>}
            <Typography.Text type="secondary">{t('projects.timeline.by', { name: c.changedBy.displayName, at: formatDateTime(c.changedAt) })}</Typography.Text>
          </Space>
        ),
      }))}
    />
  );
}
