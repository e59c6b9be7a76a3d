import type { ReactNode } from 'react';
import { createBrowserRouter, Link } from 'react-router-dom';
import { Button, Result } from 'antd';
import type { Role } from '@cm/contracts';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { ItemAnalysisPage } from '../features/analysis/ItemAnalysisPage';
import { BlueprintsPage } from '../features/blueprints/BlueprintsPage';
import { HomePage } from '../features/home/HomePage';
import { JobsAdminPage } from '../features/jobs/JobsAdminPage';
import { MarkingPage } from '../features/marking/MarkingPage';
import { MarkTaskPage } from '../features/marking/MarkTaskPage';
import { OrgUnitsPage } from '../features/org-units/OrgUnitsPage';
import { CoveragePage } from '../features/questions/coverage/CoveragePage';
import { QuestionBankPage } from '../features/questions/QuestionBankPage';
import { QuestionDetailPage } from '../features/questions/QuestionDetailPage';
import { QuestionEditorPage } from '../features/questions/QuestionEditorPage';
import { ReviewQueuePage } from '../features/questions/ReviewQueuePage';
import { MyResultPage } from '../features/results/MyResultPage';
import { SessionResultsPage } from '../features/results/SessionResultsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SessionDetailPage } from '../features/sessions/SessionDetailPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { MyExamsPage } from '../features/sitting/MyExamsPage';
import { SittingPage, SubmittedNotice } from '../features/sitting/SittingPage';
import { SyllabusPage } from '../features/syllabus/SyllabusPage';
import { LEVEL_ROUTES, VERIFY_ROUTE } from '../features/decisions/level-routes';
import { TRAINING_ROUTES } from '../features/training/routes';
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
    VERIFY_ROUTE,
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
            { path: 'jobs', element: guarded(['admin'], <JobsAdminPage />) },
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
                { path: ':id/analysis', element: guarded(['officer'], <ItemAnalysisPage />) },
                { path: ':id/results', element: guarded(['officer'], <SessionResultsPage />) },
              ],
            },
            {
              path: 'my-exams',
              children: [
                { index: true, element: guarded(['candidate'], <MyExamsPage />) },
                { path: ':id', element: guarded(['candidate'], <SittingPage />) },
                { path: ':id/submitted', element: guarded(['candidate'], <SubmittedNotice />) },
                { path: 'attempts/:attemptId/result', element: guarded(['candidate'], <MyResultPage />) },
              ],
            },
            {
              path: 'marking',
              children: [
                { index: true, element: guarded(['trainer', 'officer'], <MarkingPage />) },
                { path: 'tasks/:id', element: guarded(['trainer', 'officer'], <MarkTaskPage />) },
              ],
            },
            TRAINING_ROUTES,
            ...LEVEL_ROUTES,
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]);
}
