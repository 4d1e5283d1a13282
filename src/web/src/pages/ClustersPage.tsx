import { Card, Space, Table, Tag, Typography } from 'antd';
import type { ClusterCatalogueResponse } from '../../../schemas/clusters.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { useLocalName } from '../i18n/useLocalName.ts';
import { ClusterStatistics } from '../modules/clusters/ClusterStatistics.tsx';

type Cluster = ClusterCatalogueResponse['clusters'][number];
type Sub = Cluster['subIndustries'][number];
type Unit = ClusterCatalogueResponse['units'][number];
const confidenceColor: Record<string, string> = { high: 'green', medium: 'blue', low: 'orange', unverified: 'default' };

/** /clusters: the Plan's seven clusters, their sub-industries and GB/T 4754 codes, each unit's focus, and (for officers) enterprises per cluster and area. */
export function ClustersPage() {
  const t = useT();
  const localName = useLocalName();
  const { user } = useAuth();
  const { data, error, loading, reload } = useApi<ClusterCatalogueResponse>('/api/clusters');
  const mayCount = user?.role === 'area_officer' || user?.role === 'analyst' || user?.role === 'admin';
  const h2 = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;
  const subColumns = [
    { key: 'no', title: t('clusters.column.number'), render: (_: unknown, s: Sub) => s.id, width: 72 },
    {
      key: 'name',
      title: t('clusters.column.subIndustry'),
      render: (_: unknown, s: Sub) =>
        s.missing ? (
          <Space orientation="vertical" size={0}>
            <Tag color="red">{t('clusters.missing')}</Tag>
            <Typography.Text type="secondary">{s.note}</Typography.Text>
          </Space>
        ) : (
          <Space orientation="vertical" size={0}>
            <span>
              {localName(s.nameZh ?? '', s.nameEn)} {s.emergingIds.length > 0 && <Tag color="purple">{t('projects.cluster.emerging')}</Tag>}
            </span>
            <Typography.Text type="secondary">{s.keyContentEn}</Typography.Text>
          </Space>
        ),
    },
    {
      key: 'codes',
      title: t('clusters.column.codes'),
      render: (_: unknown, s: Sub) => (
        <span>
          {s.codes.map((c) => (
            <Tag key={c.code} color={confidenceColor[c.confidence]} title={c.note ?? undefined}>
              {c.code} {localName(c.nameZh ?? '', c.nameEn)}
            </Tag>
          ))}
        </span>
      ),
    },
  ];
  return (
    <>
      <PageHeading title={t('clusters.title')} description={t('clusters.intro')} />
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !data && <Card loading />}
      {data && (
        <>
          {mayCount && <ClusterStatistics catalogue={data} />}
          {data.clusters.map((c) => (
            <Card key={c.id} title={h2(`${c.id} ${localName(c.nameZh, c.nameEn)}（${t('clusters.planSection', { section: c.planSection })}）`)} style={{ marginBottom: 16 }}>
              <Table<Sub> data-testid={`cluster-${c.id}`} size="small" rowKey="id" pagination={false} dataSource={c.subIndustries} columns={subColumns} />
            </Card>
          ))}
          <Card title={h2(t('clusters.emerging.title', { target: data.emerging.target }))} style={{ marginBottom: 16 }}>
            <Typography.Paragraph>{data.emerging.note}</Typography.Paragraph>
            {data.emerging.items.map((e) => (
              <p key={e.id}>
                <Tag color="purple">{localName(e.nameZh, e.nameEn)}</Tag>
                {e.subIndustryIds.join(', ')} {e.codes.map((c) => <Tag key={c.code} color={confidenceColor[c.confidence]}>{c.code} {localName(c.nameZh ?? '', c.nameEn)}</Tag>)}
              </p>
            ))}
          </Card>
          <Card title={h2(t('clusters.units.title'))} style={{ marginBottom: 16 }}>
            <Table<Unit>
              data-testid="cluster-units"
              size="small"
              rowKey="unitCode"
              pagination={false}
              scroll={{ x: 900 }}
              dataSource={data.units}
              columns={[
                { key: 'unit', title: t('clusters.units.unit'), render: (_, u) => `${u.unitCode} ${localName(u.nameZh, u.nameEn)}` },
                { key: 'clusters', title: t('clusters.units.clusters'), render: (_, u) => u.clusters.join(', ') || '—' },
                { key: 'focus', title: t('clusters.units.focus'), render: (_, u) => u.focusSubIndustryIds.join(', ') || '—' },
                { key: 'note', title: t('clusters.units.note'), render: (_, u) => <Typography.Text type="secondary">{u.note}</Typography.Text> },
              ]}
            />
          </Card>
          <Typography.Paragraph type="secondary">
            {data.source.map((s) => `${s.title} (${s.confidence})`).join('; ')}. {t('clusters.nameZhNote')}
          </Typography.Paragraph>
        </>
      )}
    </>
  );
}
