import type { ReactNode } from 'react';
import { createBrowserRouter, Link } from 'react-router-dom';
import { Button, Result } from 'antd';
import type { Role } from '@cm/contracts';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { BlueprintsPage } from '../features/blueprints/BlueprintsPage';
import { HomePage } from '../features/home/HomePage';
import { OrgUnitsPage } from '../features/org-units/OrgUnitsPage';
import { CoveragePage } from '../features/questions/coverage/CoveragePage';
import { QuestionBankPage } from '../features/questions/QuestionBankPage';
import { QuestionDetailPage } from '../features/questions/QuestionDetailPage';
import { QuestionEditorPage } from '../features/questions/QuestionEditorPage';
import { ReviewQueuePage } from '../features/questions/ReviewQueuePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SessionDetailPage } from '../features/sessions/SessionDetailPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { MyExamsPage } from '../features/sitting/MyExamsPage';
import { SittingPage, SubmittedNotice } from '../features/sitting/SittingPage';
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

function guarded(roles: readonly Role[], page: ReactNode) {
  return <RequireRoles roles={roles}>{page}</RequireRoles>;
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
            { path: 'blueprints', element: guarded(['officer', 'trainer'], <BlueprintsPage />) },
            {
              path: 'questions',
              children: [
                { index: true, element: guarded(['trainer', 'officer'], <QuestionBankPage />) },
                { path: 'new', element: guarded(['trainer'], <QuestionEditorPage />) },
                { path: 'review', element: guarded(['trainer'], <ReviewQueuePage />) },
                { path: 'coverage', element: guarded(['trainer', 'officer'], <CoveragePage />) },
                { path: ':id', element: guarded(['trainer', 'officer'], <QuestionDetailPage />) },
                { path: ':id/edit', element: guarded(['trainer'], <QuestionEditorPage />) },
              ],
            },
            {
              path: 'exam-sessions',
              children: [
                { index: true, element: guarded(['officer'], <SessionsPage />) },
                { path: ':id', element: guarded(['officer'], <SessionDetailPage />) },
              ],
            },
            {
              path: 'my-exams',
              children: [
                { index: true, element: guarded(['candidate'], <MyExamsPage />) },
                { path: ':id', element: guarded(['candidate'], <SittingPage />) },
                { path: ':id/submitted', element: guarded(['candidate'], <SubmittedNotice />) },
              ],
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]);
}
