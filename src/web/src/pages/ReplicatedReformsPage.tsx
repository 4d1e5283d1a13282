import { useState } from 'react';
import { Card, List, Space, Tag, Typography } from 'antd';
import type { PublicReplicatedResponse } from '../../../schemas/reform.ts';
import { useApi } from '../api/useApi.ts';
import { areaLabelId } from '../auth/roles.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { outcomeLabels } from '../modules/reform/labels.ts';

const PAGE_SIZE = 20;

/** /replicated-reforms: the reform results decided for replication and published (public, no account). */
export function ReplicatedReformsPage() {
  const t = useT();
  const name = useLocalName();
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi<PublicReplicatedResponse>('/api/public/replicated-reforms', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return (
    <>
      <PageHeading title={t('reform.public.title')} description={t('reform.public.intro')} />
      <ErrorAlert error={error} onRetry={reload} />
      <List
        data-testid="replicated-reforms"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('reform.public.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        renderItem={(item) => {
          const areaId = item.areaCode ? areaLabelId(item.areaCode) : undefined;
          return (
            <List.Item key={item.id}>
              <Card style={{ width: '100%' }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{name(item.title, item.titleEn)}</h2>} extra={<Tag color="green">{name(item.scope.nameZh, item.scope.nameEn)}</Tag>}>
                <Space orientation="vertical" size={4}>
                  {item.description && <Typography.Paragraph style={{ marginBottom: 0 }}>{item.description}</Typography.Paragraph>}
                  <Typography.Text type="secondary">
                    {`${t('reform.column.source')}：${name(item.source.nameZh, item.source.nameEn)} · ${item.source.reference}`}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {`${t('reform.column.department')}：${name(item.responsibleDepartment.nameZh, item.responsibleDepartment.nameEn)} · ${t('reform.column.area')}：${item.areaCode ? (areaId ? t(areaId) : item.areaCode) : t('reform.zoneWide')}`}
                  </Typography.Text>
                  <Typography.Text>{`${t('reform.detail.outcome')}：${t(outcomeLabels[item.evaluation.outcome])} · ${item.evaluation.summary}`}</Typography.Text>
                  <Typography.Text>{t('reform.public.decision', { body: name(item.decision.decidedBy.nameZh, item.decision.decidedBy.nameEn), date: item.decision.decidedOn })}{item.decision.documentNo ? ` · ${item.decision.documentNo}` : ''}</Typography.Text>
                  <Typography.Text>
                    {item.publication.url ? <a href={item.publication.url}>{item.publication.title}</a> : item.publication.title} · {t('reform.public.published', { date: item.publication.publishedOn })}
                  </Typography.Text>
                </Space>
              </Card>
            </List.Item>
          );
        }}
      />
    </>
  );
}
