import { Layout, Space, Typography, theme } from 'antd';
import { useT } from '../i18n/useT.ts';

/** The footer: what zimao is and the link to the OpenAPI description of its API. */
export function AppFooter() {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Layout.Footer role="contentinfo" style={{ textAlign: 'center', color: token.colorTextSecondary }}>
      <Space wrap separator="·">
        <span>{t('layout.footer.about')}</span>
        <Typography.Link href="/api/docs" target="_blank" rel="noopener">
          {t('layout.footer.openapi')}
        </Typography.Link>
      </Space>
    </Layout.Footer>
  );
}
