import { Table, Typography } from 'antd';
import type { AssessmentDetail } from '../../../../schemas/assessments.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';

type Row = AssessmentDetail['template']['criteria'][number];

/** The template's criteria with their weights and scales, each with its score, evidence, document and weighted score. */
export function CriteriaTable({ detail }: { detail: AssessmentDetail }) {
  const t = useT();
  const name = useLocalName();
  const scores = new Map(detail.scores.map((s) => [s.criterionKey, s]));
  const weighted = new Map(detail.result.contributions.map((c) => [c.criterionKey, c.weighted]));
  return (
    <Table<Row>
      data-testid="assessment-criteria"
      rowKey="key"
      pagination={false}
      dataSource={detail.template.criteria}
      scroll={{ x: 900 }}
      columns={[
        {
          key: 'criterion',
          title: t('assessments.detail.criterion'),
          render: (_, c) => (
            <>
              <div>{name(c.nameZh, c.nameEn)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {name(c.guidanceZh, c.guidanceEn)}
              </Typography.Text>
            </>
          ),
        },
        { key: 'weight', title: t('assessments.detail.weight'), render: (_, c) => `${c.weight}%` },
        { key: 'scale', title: t('assessments.detail.scale'), render: (_, c) => t('assessments.detail.scaleValue', { min: c.scale.min, max: c.scale.max, step: c.scale.step }) },
        { key: 'score', title: t('assessments.detail.score'), render: (_, c) => scores.get(c.key)?.score ?? '—' },
        {
          key: 'evidence',
          title: t('assessments.detail.evidence'),
          render: (_, c) => <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap', maxWidth: 360 }}>{scores.get(c.key)?.evidence ?? '—'}</Typography.Paragraph>,
        },
        {
          key: 'document',
          title: t('assessments.detail.document'),
          render: (_, c) => {
            const doc = scores.get(c.key)?.document;
            return doc ? <a href={`/api/assessments/${detail.id}/scores/${c.key}/document`}>{doc.name}</a> : '—';
          },
        },
        { key: 'weighted', title: t('assessments.detail.contribution'), render: (_, c) => weighted.get(c.key)?.toFixed(2) ?? '—' },
      ]}
    />
  );
}
