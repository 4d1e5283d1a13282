import { useState } from 'react';
import { Alert, Button, Card, Collapse, Flex, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { z } from 'zod';
import type { BeneficialOwnersResponse, HoldingView, UltimateHolder } from '../../../../schemas/ownership.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocale, useT } from '../../i18n/useT.ts';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;
type Holder = z.infer<typeof UltimateHolder>;
type Holding = z.infer<typeof HoldingView>;
type Share = { min: number; max: number };

const CLASS_TAGS = { definite: { color: 'red', id: 'ownership.class.definite' }, possible: { color: 'orange', id: 'ownership.class.possible' } } as const;

/**
 * An enterprise's beneficial owners as of a day, for the window and the FTZ Office (BO-06: not public). Read only when
 * the officer asks, since the server records every read in the audit trail.
 */
export function BeneficialOwnersCard({ uscc, today }: { uscc: string; today: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [asOf, setAsOf] = useState(today);
  const [data, setData] = useState<BeneficialOwnersResponse>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  const share = (s: Share) => (s.min === s.max ? t('ownership.share.exact', { value: s.min }) : t('ownership.share.range', { min: s.min, max: s.max }));

  const query = async () => {
    setLoading(true);
    setError(undefined);
    try {
      setData(await api.get<BeneficialOwnersResponse>(`/api/enterprises/${encodeURIComponent(uscc)}/beneficial-owners`, { asOf }));
    } catch (e) {
      setData(undefined);
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  const holderColumns: TableColumnsType<Holder> = [
    { title: t('ownership.column.name'), dataIndex: 'name' },
    { title: t('ownership.column.nationality'), dataIndex: 'nationality' },
    { title: t('ownership.column.id'), dataIndex: 'idNumberMasked', render: (v: string) => <code>{v}</code> },
    { title: t('ownership.column.share'), dataIndex: 'sharePercent', render: share },
    {
      title: t('ownership.column.class'),
      dataIndex: 'beneficialOwner',
      render: (c: Holder['beneficialOwner']) => (c ? <Tag color={CLASS_TAGS[c].color}>{t(CLASS_TAGS[c].id)}</Tag> : <Typography.Text type="secondary">{t('ownership.class.none')}</Typography.Text>),
    },
  ];
  const holdingColumns: TableColumnsType<Holding> = [
    { title: t('ownership.holdings.subject'), dataIndex: 'subjectName' },
    { title: t('ownership.holdings.holder'), dataIndex: 'holderName', render: (name: string, row) => `${name} (${row.holder})` },
    { title: t('ownership.column.share'), dataIndex: 'sharePercent', render: share },
  ];

  return (
    <Card title={heading(t('ownership.heading'))} data-testid="beneficial-owners">
      <Typography.Paragraph type="secondary">{t('ownership.intro')}</Typography.Paragraph>
      <Flex gap="small" wrap align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="ownership-as-of">{t('ownership.asOf')}</label>
        <Input id="ownership-as-of" type="date" value={asOf} max={today} onChange={(e) => setAsOf(e.target.value)} style={{ width: 180 }} />
        <Button type="primary" onClick={() => void query()} loading={loading}>
          {t('ownership.query')}
        </Button>
      </Flex>
      <ErrorAlert error={error} onRetry={() => void query()} />
      {data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text>{data.rule ? t('ownership.rule', { basis: locale === 'en' ? data.rule.basisEn : data.rule.basisZh }) : t('ownership.noRule')}</Typography.Text>
          {data.unresolved && <Alert type="error" showIcon message={t('ownership.unresolved')} />}
          {data.holdings.length === 0 ? (
            <Typography.Text type="secondary">{t('ownership.empty')}</Typography.Text>
          ) : (
            <Table<Holder> rowKey={(h) => `${h.idType}:${h.idNumberMasked}:${h.name}`} size="small" columns={holderColumns} dataSource={data.ultimateHolders} pagination={false} data-testid="beneficial-owners-table" />
          )}
          {data.entitiesWithoutKnownHolders.length > 0 && <Alert type="warning" showIcon message={t('ownership.unknownHolders', { names: data.entitiesWithoutKnownHolders.map((e) => e.name).join('、') })} />}
          {data.cycles.length > 0 && <Alert type="warning" showIcon message={t('ownership.cycles', { cycles: data.cycles.map((c) => c.join(' → ')).join('；') })} />}
          {data.exemptByCommitment && <Alert type="info" showIcon message={t('ownership.exempt')} data-testid="beneficial-owners-exempt" />}
          {data.dayToDayManager && data.holdings.length > 0 && <Alert type="info" showIcon message={t('ownership.manager', data.dayToDayManager)} />}
          {data.holdings.length > 0 && (
            <Collapse
              items={[{ key: 'holdings', label: t('ownership.holdings', { count: data.holdings.length }), children: <Table<Holding> rowKey={(h, i) => `${h.subject}:${h.holder}:${i}`} size="small" columns={holdingColumns} dataSource={data.holdings} pagination={false} /> }]}
            />
          )}
        </Space>
      )}
    </Card>
  );
}
