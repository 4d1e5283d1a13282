import { Layout, theme } from 'antd';
import { useT } from '../i18n/useT.ts';

/** The footer: what zimao is and the link to the OpenAPI description of its API. */
export function AppFooter() {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Layout.Footer role="contentinfo" style={{ textAlign: 'center', color: token.colorTextSecondary }}>
      <span>{t('layout.footer.about')}</span>
      {' · '}
      <a href="/api/docs" target="_blank" rel="noopener" style={{ color: token.colorLink }}>
        {t('layout.footer.openapi')}
      </a>
    </Layout.Footer>
  );
}
