import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import type { Role } from '@cm/contracts';
import { useI18n } from '../i18n/i18n';
import { useAuth } from './auth-context';

export const CHANGE_PASSWORD_PATH = '/change-password';

function FullPageSpin() {
  const { t } = useI18n();
  return (
    <div className="full-page-center" data-testid="app-loading">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}

/** Renders the child routes only for a signed-in user; forces the password change first. */
export function RequireAuth() {
  const { user, loading, error, retry } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (!user && error) {
    return (
      <Result
        status="warning"
        title={t('common.networkError')}
        extra={<Button onClick={retry}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <Outlet />;
}

/** Shows a 403 page unless the user holds one of `roles`. */
export function RequireRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { hasAnyRole } = useAuth();
  const { t } = useI18n();
  if (!hasAnyRole(roles)) {
    return <Result status="403" title="403" subTitle={t('common.forbidden')} data-testid="forbidden" />;
  }
  return <>{children}</>;
}

/** Where `RequireAuth` was sent from (kept in the location state), else home. */
function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') && !state.from.startsWith('//') && !state.from.startsWith('/login') ? state.from : '/';
  }
  return '/';
}

/** The login page is only for signed-out visitors; signing in goes back to the page asked for. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (user) return <Navigate to={redirectTarget(location.state)} replace />;
  return <>{children}</>;
}
