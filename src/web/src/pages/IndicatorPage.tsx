import { useMemo, useState } from 'react';
import { Button, Card, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, HistoryOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import type { SeriesPointView, SeriesResponse } from '../../../schemas/indicators.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { HistoryModal } from '../modules/indicators/HistoryModal.tsx';
import { IndicatorChart } from '../modules/indicators/IndicatorChart.tsx';
import { LightTag } from '../modules/indicators/LightTag.tsx';
import { formatNumber, kindLabels, periodKindLabels, targetText } from '../modules/indicators/labels.ts';
import { ScopeSelect } from '../modules/indicators/ScopeSelect.tsx';

type Kind = 'month' | 'quarter' | 'year';

/** /indicators/:code: the series at a scope, each target's light, trajectory and forecast, and each value's history. */
export function IndicatorPage() {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const [scope, setScope] = useState('CQFTZ');
  const [periodKind, setPeriodKind] = useState<Kind>('year');
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const { data, error, loading, reload } = useApi<SeriesResponse>(`/api/indicators/${encodeURIComponent(code)}/series`, { areaCode: scope, periodKind });
  const indicator = data?.indicator;
  const unit = indicator ? name(indicator.unit.zh, indicator.unit.en) : '';
  const chartLabels = useMemo(() => ({ actual: t('indicators.detail.actual'), trajectory: t('indicators.detail.trajectory'), forecast: t('indicators.detail.forecast') }), [t]);
  // A value has a history where it was entered: a raw indicator at its entry scope.
  const entered = indicator?.kind === 'raw' && (indicator.entry === 'zone') === (scope === 'CQFTZ');
  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/indicators')} style={{ paddingLeft: 0 }}>
        {t('indicators.detail.back')}
      </Button>
      <PageHeading
        title={indicator ? name(indicator.nameZh, indicator.nameEn) : code}
        description={indicator?.noteZh ? name(indicator.noteZh, indicator.noteEn) : undefined}
        extra={
          <Space wrap>
            <ScopeSelect value={scope} onChange={setScope} ariaLabel={t('indicators.detail.scope')} />
            <Select<Kind>
              aria-label={t('indicators.detail.periodKind')}
              value={periodKind}
              onChange={setPeriodKind}
              options={(['month', 'quarter', 'year'] as const).map((k) => ({ value: k, label: t(periodKindLabels[k]) }))}
            />
          </Space>
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      {indicator && (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('indicators.column.kind')}>
            <Tag>{t(kindLabels[indicator.kind])}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('indicators.column.unit')}>{unit}</Descriptions.Item>
          <Descriptions.Item label={t('indicators.column.section')}>{indicator.planSection ?? '—'}</Descriptions.Item>
          {indicator.formula && <Descriptions.Item label="ƒ">{t('indicators.detail.formula', { formula: `${indicator.formula.op}(${indicator.formula.operands.join(', ')})` })}</Descriptions.Item>}
        </Descriptions>
      )}
      {data?.targets.map((target) => {
        const p = target.progress;
        return (
          <Card key={target.id} style={{ marginBottom: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{`${target.id} · ${targetText(target, t, unit)}`}</h2>} extra={<LightTag light={p.light} />}>
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Typography.Text>{name(p.reasonZh, p.reasonEn)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('indicators.detail.goal', { goal: formatNumber(p.goal), unit })}
                {p.baseline && ` · ${t('indicators.detail.baseline', { period: p.baseline.period, value: formatNumber(p.baseline.value) })}`}
                {p.forecast.value !== null && ` · ${t('indicators.detail.forecastValue', { year: target.targetYear, value: formatNumber(p.forecast.value), unit })}`}
                {p.forecastMeetsTarget !== null && p.status !== 'final' && ` · ${t(p.forecastMeetsTarget ? 'indicators.detail.forecastMeets' : 'indicators.detail.forecastMisses')}`}
              </Typography.Text>
              {target.ambiguityZh && <Typography.Text type="warning">{t('indicators.ambiguity', { text: name(target.ambiguityZh, target.ambiguityEn) })}</Typography.Text>}
              {p.track.some((x) => x.partial) && <Typography.Text type="secondary">{t('indicators.detail.partial')}</Typography.Text>}
              {p.track.length > 0 && <IndicatorChart track={p.track} labels={chartLabels} unit={unit} ariaLabel={t('indicators.detail.chartLabel', { name: indicator ? name(indicator.nameZh, indicator.nameEn) : code })} />}
            </Space>
          </Card>
        );
      })}
      {data?.breakdowns.map((b) => (
        <Card key={b.dimension} style={{ marginBottom: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('indicators.detail.breakdown', { year: b.year, dimension: name(b.dimensionZh, b.dimensionEn) })}</h2>}>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={b.items}
            columns={[
              { key: 'key', title: b.dimension === 'section' ? 'GB/T 4754' : t('indicators.column.cluster'), dataIndex: 'key' },
              { key: 'name', title: t('indicators.column.indicator'), render: (_, i) => name(i.nameZh, i.nameEn) },
              { key: 'value', title: `${t('indicators.column.value')} (${unit})`, align: 'right', render: (_, i) => formatNumber(i.value) },
            ]}
          />
        </Card>
      ))}
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('indicators.detail.series')}
      </Typography.Title>
      <Table<SeriesPointView>
        rowKey="period"
        size="small"
        loading={loading}
        dataSource={[...(data?.points ?? [])].reverse()}
        locale={{ emptyText: t('indicators.detail.noData') }}
        pagination={{ pageSize: 24 }}
        columns={[
          { key: 'period', title: t('indicators.column.period'), dataIndex: 'period' },
          {
            key: 'value',
            title: `${t('indicators.column.value')} (${unit})`,
            align: 'right',
            render: (_, p) => (
              <>
                {formatNumber(p.value)} {!p.complete && p.value !== null && <Tag color="orange">{t('indicators.detail.incomplete')}</Tag>}
              </>
            ),
          },
          ...(entered
            ? [
                {
                  key: 'history',
                  title: t('indicators.detail.history'),
                  render: (_: unknown, p: SeriesPointView) => (
                    <Button size="small" icon={<HistoryOutlined />} aria-label={t('indicators.detail.historyOf', { period: p.period })} onClick={() => setHistoryOf(p.period)} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <HistoryModal code={code} areaCode={scope} period={historyOf} onClose={() => setHistoryOf(null)} />
    </>
  );
}
