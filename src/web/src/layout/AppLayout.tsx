import { Suspense, useEffect, useRef, useState } from 'react';
import { Drawer, Grid, Layout, Spin, theme } from 'antd';
import { Outlet, useLocation } from 'react-router-dom';
import { useT } from '../i18n/useT.ts';
import { HeaderBar } from './HeaderBar.tsx';
import { SideMenu } from './SideMenu.tsx';
import { AppFooter } from './AppFooter.tsx';

/** The page frame: skip link, header, side menu (a drawer on narrow screens), main content, footer. */
export function AppLayout() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After a client-side navigation, move focus to the new content, as a page load would.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [pathname]);

  useEffect(() => {
    if (!narrow) setDrawerOpen(false);
  }, [narrow]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="zimao-skip-link" href="#main-content">
        {t('layout.skipLink.label')}
      </a>
      <HeaderBar onOpenMenu={narrow ? () => setDrawerOpen(true) : undefined} menuOpen={drawerOpen} />
      <Layout>
        {!narrow && (
          <Layout.Sider
            width={232}
            theme="light"
            style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}`, background: token.colorBgContainer }}
          >
            <SideMenu />
          </Layout.Sider>
        )}
        <Drawer
          id="zimao-nav-drawer"
          title={t('app.brand.name')}
          placement="left"
          open={narrow && drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={280}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
        <Layout>
          <Layout.Content
            id="main-content"
            ref={mainRef}
            tabIndex={-1}
            role="main"
            style={{ padding: narrow ? token.paddingSM : token.paddingLG, outline: 'none' }}
          >
            <div
              style={{
                background: token.colorBgContainer,
                borderRadius: token.borderRadiusLG,
                padding: narrow ? token.padding : token.paddingLG,
                minHeight: 360,
              }}
            >
              <Suspense
                fallback={
                  <div style={{ padding: 48, textAlign: 'center' }}>
                    <Spin aria-label={t('common.status.loading')} />
                  </div>
                }
              >
                <Outlet />
              </Suspense>
            </div>
          </Layout.Content>
          <AppFooter />
        </Layout>
      </Layout>
    </Layout>
  );
}
