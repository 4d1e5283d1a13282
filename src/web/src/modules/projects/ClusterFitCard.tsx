import { Card, List, Tag } from 'antd';
import type { ClassificationView, ClusterFitView } from '../../../../schemas/clusters.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { fitColors, fitLabels } from './labels.ts';

/** How the industry code was classified (the winning mapping and why) and its fit with the area and unit. */
export function ClusterFitCard({ classification, fit }: { classification: ClassificationView; fit: ClusterFitView | null }) {
  const t = useT();
  const { locale } = useLocale();
  const localName = useLocalName();
  const reasons = [...classification.reasons, ...(fit?.reasons ?? [])];
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('projects.cluster.title')}</h2>}>
      <p>
        {classification.matches.map((m) => (
          <Tag key={m.subIndustryId} color="blue">
            {m.subIndustryId} {localName(m.nameZh, m.nameEn)}
          </Tag>
        ))}
        {classification.emerging.map((e) => (
          <Tag key={e.id} color="purple">
            {t('projects.cluster.emerging')} · {localName(e.nameZh, e.nameEn)}
          </Tag>
        ))}
        {classification.outcome !== 'classified' && <Tag>{t(classification.outcome === 'possible' ? 'projects.cluster.possible' : 'projects.cluster.none')}</Tag>}
      </p>
      {fit && (
        <p>
          {fit.units.map((u) => (
            <Tag key={u.unitCode} color={fitColors[u.fit]}>
              {localName(u.nameZh, u.nameEn)}：{t(fitLabels[u.fit])}
              {u.unitCode === fit.decidedBy ? ` ${t('projects.cluster.decides')}` : ''}
            </Tag>
          ))}
        </p>
      )}
      <List size="small" data-testid="cluster-reasons" dataSource={reasons} renderItem={(r, i) => <List.Item key={i}>{locale === 'en' ? r.en : r.zh}</List.Item>} />
    </Card>
  );
}
