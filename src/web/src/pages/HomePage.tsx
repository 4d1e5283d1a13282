import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import type { MessageId } from '../i18n/zh-CN.ts';

type Entry = { to: string; titleId: MessageId; bodyId: MessageId };

const entries: Entry[] = [
  { to: '/reference/areas', titleId: 'nav.menu.reference.areas', bodyId: 'home.card.areas' },
  { to: '/reference/industries', titleId: 'nav.menu.reference.industries', bodyId: 'home.card.industries' },
  { to: '/calendar', titleId: 'nav.menu.calendar', bodyId: 'home.card.calendar' },
  { to: '/uscc', titleId: 'nav.menu.usccCheck', bodyId: 'home.card.uscc' },
  { to: '/negative-lists', titleId: 'nav.menu.negativeLists', bodyId: 'home.card.negativeLists' },
  { to: '/admission-check', titleId: 'nav.menu.admissionCheck', bodyId: 'home.card.admissionCheck' },
  { to: '/enterprise-search', titleId: 'nav.menu.enterpriseSearch', bodyId: 'home.card.enterpriseSearch' },
  { to: '/verify', titleId: 'nav.menu.verifyLicence', bodyId: 'home.card.verifyLicence' },
  { to: '/reference/departments', titleId: 'nav.menu.reference.departments', bodyId: 'home.card.departments' },
];

/** What zimao is, and where to go from here. */
export function HomePage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('home.page.title')} description={t('home.page.intro')} />
      <Typography.Paragraph>{t('home.page.audience')}</Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('home.links.heading')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {entries.map((entry) => (
          <Col key={entry.to} xs={24} sm={12} lg={8}>
            <Card size="small" title={<Link to={entry.to}>{t(entry.titleId)}</Link>}>
              {t(entry.bodyId)}
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph style={{ marginTop: 24 }}>
        {t('home.page.api')} <Typography.Link href="/api/docs">{t('layout.footer.openapi')}</Typography.Link>
      </Typography.Paragraph>
    </>
  );
}
