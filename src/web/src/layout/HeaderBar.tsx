import { Badge, Button, Dropdown, Layout, theme } from 'antd';
import { BellOutlined, GlobalOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/useAuth.ts';
import { roleLabelId } from '../auth/roles.ts';
import { useLocale, useT } from '../i18n/useT.ts';
import { useUnreadCount } from '../modules/notifications/useUnreadCount.ts';

export type HeaderBarProps = {
  /** Shown on narrow screens: opens the navigation drawer. */
  onOpenMenu?: () => void;
  menuOpen?: boolean;
};

/** The top bar: product name, language switch, unread notifications and the user menu. */
export function HeaderBar({ onOpenMenu, menuOpen }: HeaderBarProps) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const { user, loading, logout } = useAuth();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const unread = useUnreadCount(user !== null);

  const signOut = async () => {
    await logout().catch(() => undefined);
    navigate('/');
  };

  return (
    <Layout.Header
      role="banner"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: token.marginSM,
        paddingInline: token.paddingLG,
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      {onOpenMenu && (
        <Button
          type="text"
          icon={<MenuOutlined />}
          onClick={onOpenMenu}
          aria-label={t('layout.header.openMenu')}
          aria-expanded={menuOpen ?? false}
          aria-controls="zimao-nav-drawer"
        />
      )}
      <Link to="/" style={{ color: token.colorText, whiteSpace: 'nowrap' }} aria-label={t('layout.header.homeLink')}>
        <span style={{ fontSize: token.fontSizeLG, fontWeight: 600 }}>{t('app.brand.name')}</span>
      </Link>
      <div style={{ flex: 1 }} />
      <Button
        type="text"
        icon={<GlobalOutlined />}
        onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
        lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
        aria-label={t('layout.header.switchLanguageLabel')}
      >
        {t('layout.header.switchLanguage')}
      </Button>
      {user && (
        <Link
          to="/me/notifications"
          aria-label={t('layout.header.notifications', { count: unread })}
          title={t('layout.header.notifications', { count: unread })}
          style={{ display: 'inline-flex', alignItems: 'center', padding: token.paddingXS }}
        >
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: token.fontSizeLG, color: token.colorText }} />
          </Badge>
        </Link>
      )}
      {user ? (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'who', disabled: true, label: `${user.displayName} · ${t(roleLabelId(user.role))}` },
              { type: 'divider' },
              { key: 'logout', icon: <LogoutOutlined />, label: t('layout.header.signOut'), onClick: () => void signOut() },
            ],
          }}
        >
          <Button type="text" icon={<UserOutlined />} aria-label={t('layout.header.userMenu', { name: user.displayName })}>
            <span className="zimao-hide-narrow">{user.displayName}</span>
          </Button>
        </Dropdown>
      ) : loading ? null : (
        <Link to="/login">{t('layout.header.signIn')}</Link>
      )}
    </Layout.Header>
  );
}
