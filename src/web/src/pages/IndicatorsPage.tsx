import { Button, Space, Table, Tag, Typography } from 'antd';
import { AuditOutlined, CloudUploadOutlined, TableOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { BaselineView, CatalogueResponse, IndicatorView, ProgressView, TargetView } from '../../../schemas/indicators.ts';
import { useApi } from '../api/useApi.ts';
import { ACCESS } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { LightTag } from '../modules/indicators/LightTag.tsx';
import { formatNumber, kindLabels, targetText } from '../modules/indicators/labels.ts';

type Row = TargetView & { progress: ProgressView; of: IndicatorView };

/** /indicators: every Plan target with its progress for the zone and its light; the other indicators; the baselines. */
export function IndicatorsPage() {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const { user } = useAuth();
  const { data, error, loading, reload } = useApi<CatalogueResponse>('/api/indicators');
  const rows: Row[] = (data?.indicators ?? []).flatMap((i) => i.targets.map((target) => ({ ...target, of: i })));
  const others = (data?.indicators ?? []).filter((i) => i.targets.length === 0);
  const may = (roles: readonly string[]) => user !== null && user !== undefined && roles.includes(user.role);
  return (
    <>
      <PageHeading
        title={t('indicators.list.title')}
        description={t('indicators.list.intro')}
        extra={
          <Space wrap>
            <Button icon={<TableOutlined />} onClick={() => navigate('/indicators/scorecard')}>
              {t('indicators.list.scorecard')}
            </Button>
            {may(ACCESS.indicatorsSubmit) && (
              <Button icon={<CloudUploadOutlined />} onClick={() => navigate('/indicators/submit')}>
                {t('indicators.list.submit')}
              </Button>
            )}
            {may(ACCESS.indicatorsApprove) && (
              <Button icon={<AuditOutlined />} onClick={() => navigate('/indicators/approvals')}>
                {t('indicators.list.approvals')}
              </Button>
            )}
          </Space>
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      <Table<Row>
        data-testid="indicator-targets"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        expandable={{
          expandedRowRender: (r) => (
            <Space orientation="vertical" size={4}>
              <Typography.Text>{name(r.asStatedZh, r.asStatedEn)}</Typography.Text>
              <Typography.Text type="secondary">{name(r.progress.reasonZh, r.progress.reasonEn)}</Typography.Text>
              {r.ambiguityZh && <Typography.Text type="warning">{t('indicators.ambiguity', { text: name(r.ambiguityZh, r.ambiguityEn) })}</Typography.Text>}
            </Space>
          ),
        }}
        columns={[
          { key: 'id', title: t('indicators.column.target'), dataIndex: 'id', width: 70 },
          { key: 'indicator', title: t('indicators.column.indicator'), render: (_, r) => <Link to={`/indicators/${r.of.code}`}>{name(r.of.nameZh, r.of.nameEn)}</Link> },
          { key: 'target', title: t('indicators.column.targetValue'), render: (_, r) => targetText(r, t, name(r.unit.zh, r.unit.en)) },
          { key: 'actual', title: t('indicators.column.actual'), align: 'right', render: (_, r) => formatNumber(r.progress.actual) },
          { key: 'expected', title: t('indicators.column.expected'), align: 'right', render: (_, r) => formatNumber(r.progress.expected) },
          { key: 'light', title: t('indicators.column.light'), render: (_, r) => <LightTag light={r.progress.light} reason={name(r.progress.reasonZh, r.progress.reasonEn)} /> },
          { key: 'forecast', title: t('indicators.column.forecast'), align: 'right', render: (_, r) => formatNumber(r.progress.forecast.value) },
          { key: 'section', title: t('indicators.column.section'), dataIndex: 'planSection' },
        ]}
      />
      {data && <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('indicators.list.lightsBasis', { basis: name(data.lights.basisZh, data.lights.basisEn) })}</Typography.Paragraph>}
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('indicators.list.otherIndicators')}
      </Typography.Title>
      <Table<IndicatorView>
        rowKey="code"
        loading={loading}
        dataSource={others}
        pagination={false}
        columns={[
          { key: 'name', title: t('indicators.column.indicator'), render: (_, i) => <Link to={`/indicators/${i.code}`}>{name(i.nameZh, i.nameEn)}</Link> },
          { key: 'kind', title: t('indicators.column.kind'), render: (_, i) => <Tag>{t(kindLabels[i.kind])}</Tag> },
          { key: 'unit', title: t('indicators.column.unit'), render: (_, i) => name(i.unit.zh, i.unit.en) },
          { key: 'note', title: t('indicators.column.note'), render: (_, i) => (i.noteZh ? name(i.noteZh, i.noteEn) : '') },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('indicators.baselines.title')}
      </Typography.Title>
      <Table<BaselineView>
        rowKey="id"
        loading={loading}
        dataSource={data?.baselines ?? []}
        pagination={false}
        columns={[
          { key: 'id', title: 'ID', dataIndex: 'id', width: 60 },
          { key: 'fact', title: t('indicators.column.fact'), render: (_, b) => name(b.factZh, b.factEn) },
          { key: 'value', title: t('indicators.column.value'), align: 'right', render: (_, b) => `${formatNumber(b.value)} ${name(b.unitZh, b.unitEn)}` },
          { key: 'scope', title: t('indicators.column.scope'), dataIndex: 'scope' },
          {
            key: 'flags',
            title: t('indicators.column.note'),
            render: (_, b) => (
              <Space orientation="vertical" size={2}>
                <span>
                  {b.flags.map((f) => (
                    <Tag key={f} color="orange">
                      {t(f === 'unit-missing' ? 'indicators.baselines.flag.unit-missing' : f === 'misprint-corrected' ? 'indicators.baselines.flag.misprint-corrected' : 'indicators.baselines.flag.different-scope')}
                    </Tag>
                  ))}
                </span>
                <Typography.Text type="secondary">{name(b.noteZh, b.noteEn)}</Typography.Text>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
