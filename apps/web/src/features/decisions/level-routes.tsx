import type { RouteObject } from 'react-router-dom';
import { RequireRoles } from '../../app/auth/guards';
import { CertificatesPage } from '../certificates/CertificatesPage';
import { MyCertificatesPage } from '../certificates/MyCertificatesPage';
import { MyLevelsPage } from '../certificates/MyLevelsPage';
import { CompetencyModelPage } from '../competency/CompetencyModelPage';
import { CampaignDetailPage } from '../ratings/CampaignDetailPage';
import { CampaignsPage } from '../ratings/CampaignsPage';
import { MyRatingsPage } from '../ratings/MyRatingsPage';
import { ProfilePage } from '../ratings/ProfilePage';
import { RatingFormPage } from '../ratings/RatingFormPage';
import { VerifyPage } from '../verify/VerifyPage';
import { AppealsPage } from './AppealsPage';
import { DecisionDetailPage } from './DecisionDetailPage';
import { DecisionPolicyPage } from './DecisionPolicyPage';
import { DecisionsPage } from './DecisionsPage';
import { MyDecisionsPage } from './MyDecisionsPage';

const officer = ['officer'] as const;
const candidate = ['candidate'] as const;

/** The competency model, ratings, level decisions and certificates (issue 7), inside the app
 * layout. Rating a colleague is not a role: 我的评估任务 is open to every signed-in user. */
export const LEVEL_ROUTES: RouteObject[] = [
  { path: 'competency', element: <RequireRoles roles={['officer', 'trainer', 'admin']}><CompetencyModelPage /></RequireRoles> },
  { path: 'rating-campaigns', element: <RequireRoles roles={officer}><CampaignsPage /></RequireRoles> },
  { path: 'rating-campaigns/:id', element: <RequireRoles roles={officer}><CampaignDetailPage /></RequireRoles> },
  { path: 'my-ratings', element: <MyRatingsPage /> },
  { path: 'my-ratings/:id', element: <RatingFormPage /> },
  { path: 'competency-profile', element: <RequireRoles roles={officer}><ProfilePage own={false} /></RequireRoles> },
  { path: 'my-profile', element: <RequireRoles roles={candidate}><ProfilePage own /></RequireRoles> },
  { path: 'level-decisions', element: <RequireRoles roles={officer}><DecisionsPage /></RequireRoles> },
  { path: 'level-decisions/:id', element: <RequireRoles roles={officer}><DecisionDetailPage /></RequireRoles> },
  { path: 'appeals', element: <RequireRoles roles={officer}><AppealsPage /></RequireRoles> },
  { path: 'decision-policy', element: <RequireRoles roles={['officer', 'admin']}><DecisionPolicyPage /></RequireRoles> },
  { path: 'certificates', element: <RequireRoles roles={officer}><CertificatesPage /></RequireRoles> },
  { path: 'my-levels', element: <RequireRoles roles={candidate}><MyLevelsPage /></RequireRoles> },
  { path: 'my-certificates', element: <RequireRoles roles={candidate}><MyCertificatesPage /></RequireRoles> },
  { path: 'my-decisions', element: <RequireRoles roles={candidate}><MyDecisionsPage /></RequireRoles> },
];

/** Public certificate verification: outside RequireAuth, no login (like /login). */
export const VERIFY_ROUTE: RouteObject = { path: '/verify/:code', element: <VerifyPage /> };
