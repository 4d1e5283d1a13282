import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Result, Spin } from 'antd';
import type { Role } from '../../../schemas/auth.ts';
import { useAuth } from './useAuth.ts';
import { useT } from '../i18n/useT.ts';

export type RequireRoleProps = {
  roles: readonly Role[];
  children: ReactNode;
};

/** Renders children for the given roles; sends visitors to /login and shows 403 to other roles. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { user, loading } = useAuth();
  const location = useLocation();
  const t = useT();
  if (loading) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin aria-label={t('common.status.loading')} />
      </div>
    );
  }
  if (!user) return <Navigate to="/login" replace state={{ from: location }} />;
  if (!roles.includes(user.role)) {
    return (
      <Result
        status="403"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('common.forbidden.title')}</h1>}
        subTitle={t('common.forbidden.body')}
      />
    );
  }
  return <>{children}</>;
}

/** A route's element for the given roles only: `<Route path="…" element={only(ACCESS.x, <Page />)} />`. */
export function only(roles: readonly Role[], page: ReactNode) {
  return <RequireRole roles={roles}>{page}</RequireRole>;
}
