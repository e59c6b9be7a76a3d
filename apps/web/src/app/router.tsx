import { createBrowserRouter, Link } from 'react-router-dom';
import { Button, Result } from 'antd';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { HomePage } from '../features/home/HomePage';
import { OrgUnitsPage } from '../features/org-units/OrgUnitsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SyllabusPage } from '../features/syllabus/SyllabusPage';
import { UsersPage } from '../features/users/UsersPage';
import { CHANGE_PASSWORD_PATH, RedirectIfSignedIn, RequireAuth, RequireRoles } from './auth/guards';
import { useI18n } from './i18n/i18n';
import { AppLayout } from './layout/AppLayout';

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function createRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      element: (
        <RedirectIfSignedIn>
          <LoginPage />
        </RedirectIfSignedIn>
      ),
    },
    {
      element: <RequireAuth />,
      children: [
        { path: CHANGE_PASSWORD_PATH, element: <ChangePasswordPage forced /> },
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'account/password', element: <ChangePasswordPage forced={false} /> },
            {
              path: 'users',
              element: (
                <RequireRoles roles={['admin', 'officer']}>
                  <UsersPage />
                </RequireRoles>
              ),
            },
            {
              path: 'org-units',
              element: (
                <RequireRoles roles={['admin']}>
                  <OrgUnitsPage />
                </RequireRoles>
              ),
            },
            {
              path: 'settings',
              element: (
                <RequireRoles roles={['admin', 'officer']}>
                  <SettingsPage />
                </RequireRoles>
              ),
            },
            { path: 'syllabus', element: <SyllabusPage /> },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]);
}
