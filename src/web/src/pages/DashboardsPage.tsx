import { useMemo } from 'react';
import { Button, Col, Row, Select, Space, Spin } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import type { DashboardResponse } from '../../../schemas/dashboards.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { AreaMapCard } from '../modules/dashboards/AreaMapCard.tsx';
import { AreasCard } from '../modules/dashboards/AreasCard.tsx';
import { ClustersCard } from '../modules/dashboards/ClustersCard.tsx';
import { FiguresCards } from '../modules/dashboards/FiguresCards.tsx';
import { currentYear, FIRST_YEAR, yearFromParam } from '../modules/dashboards/labels.ts';
import { MonthlyCard } from '../modules/dashboards/MonthlyCard.tsx';
import { PipelineCard } from '../modules/dashboards/PipelineCard.tsx';
import { SectionsCard } from '../modules/dashboards/SectionsCard.tsx';
import { TargetsCard } from '../modules/dashboards/TargetsCard.tsx';

/**
 * /dashboards: the FTZ Office's dashboards for a year (issue 7; Trial Measures Art. 8) — the zone's figures, the areas
 * side by side and on a schematic map, new enterprises by month, the register by section, the clusters, the project
 * pipeline and the Plan's targets; the same figures as an Excel workbook and a printable PDF. An area officer sees its
 * own area only (the server decides the scope).
 */
export function DashboardsPage() {
  const t = useT();
  const name = useLocalName();
  const [params, setParams] = useSearchParams();
  const year = yearFromParam(params.get('year'));
  const { data, error, loading, reload } = useApi<DashboardResponse>('/api/dashboards/overview', { year });
  const years = useMemo(() => Array.from({ length: currentYear() - FIRST_YEAR + 1 }, (_, i) => currentYear() - i), []);
  // The areas in view, in the server's order, named in the current language: the series of every chart.
  const areas = useMemo(() => (data?.areas ?? []).map((a) => ({ code: a.areaCode, name: name(a.nameZh, a.nameEn) })), [data, name]);
  const own = data && data.zone === null ? data.areas[0] : undefined;
  const figures = data ? (data.zone ?? own) : undefined;

  return (
    <>
      <PageHeading
        title={t('dashboards.page.title')}
        description={data ? t('dashboards.page.intro', { date: data.date }) : undefined}
        extra={
          <Space wrap>
            <Select<number>
              aria-label={t('dashboards.year.label')}
              data-testid="dashboard-year"
              style={{ minWidth: 110 }}
              value={year}
              onChange={(y) => setParams({ year: String(y) }, { replace: true })}
              options={years.map((y) => ({ value: y, label: t('dashboards.year.option', { year: y }) }))}
            />
            <Button icon={<FileExcelOutlined />} href={`/api/dashboards/report.xlsx?year=${year}`} download data-testid="dashboard-excel">
              {t('dashboards.export.excel')}
            </Button>
            <Button icon={<PrinterOutlined />} href={`/api/dashboards/report.pdf?year=${year}`} target="_blank" rel="noopener" data-testid="dashboard-pdf">
              {t('dashboards.export.pdf')}
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      <Spin spinning={loading}>
        {data && figures && (
          <div data-testid="dashboard" data-year={data.year}>
            <FiguresCards figures={figures} year={data.year} title={own ? name(own.nameZh, own.nameEn) : t('dashboards.figures.zone')} />
            <AreasCard areas={data.areas} year={data.year} />
            <Row gutter={16}>
              <Col xs={24} xl={12}>
                <AreaMapCard areas={data.areas} map={data.map} />
              </Col>
              <Col xs={24} xl={12}>
                <MonthlyCard year={data.year} monthly={data.monthly} areas={areas} />
              </Col>
              <Col xs={24} xl={10}>
                <SectionsCard sections={data.sections} register={data.register} areas={areas} />
              </Col>
              {/* Wider: eight clusters' names under their bars. */}
              <Col xs={24} xl={14}>
                <ClustersCard clusters={data.clusters} areas={areas} />
              </Col>
            </Row>
            <PipelineCard pipeline={data.pipeline} areas={areas} />
            <TargetsCard targets={data.targets} />
          </div>
        )}
      </Spin>
    </>
  );
}
