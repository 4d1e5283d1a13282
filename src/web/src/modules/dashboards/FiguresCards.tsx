import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { DashboardFigures } from '../../../../schemas/dashboards.ts';
import { useT } from '../../i18n/useT.ts';
import { toYi } from './labels.ts';

export type FiguresCardsProps = {
  figures: DashboardFigures;
  /** The zone, or the area officer's own area. */
  title: string;
  year: number;
};

/** The headline figures: the register now, the year's new enterprises, the projects and their investment. */
export function FiguresCards({ figures, title, year }: FiguresCardsProps) {
  const t = useT();
  const cards = [
    { key: 'enterprises', title: t('dashboards.figures.enterprises'), value: figures.enterprises, precision: 0 },
    { key: 'foreign', title: t('dashboards.figures.foreign'), value: figures.foreignInvested, precision: 0 },
    { key: 'capital', title: t('dashboards.figures.capital'), value: toYi(figures.registeredCapitalYuan), precision: 2, note: t('dashboards.figures.capitalKnown', { n: figures.capitalKnown }) },
    { key: 'new', title: t('dashboards.figures.newInYear', { year }), value: figures.newInYear, precision: 0, note: t('dashboards.figures.newForeign', { n: figures.newForeignInYear }) },
    { key: 'projects', title: t('dashboards.figures.projects'), value: figures.projects, precision: 0 },
    { key: 'investment', title: t('dashboards.figures.investment'), value: toYi(figures.projectInvestmentYuan), precision: 2 },
  ];
  return (
    <section aria-label={title} data-testid="dashboard-figures" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {cards.map((c) => (
          <Col key={c.key} xs={12} md={8} xl={4}>
            <Card size="small" style={{ height: '100%' }}>
              <Statistic title={c.title} value={c.value} precision={c.precision} />
              {c.note && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.note}
                </Typography.Text>
              )}
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
