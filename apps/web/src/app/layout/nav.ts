import type { Role } from '@cm/contracts';
import type { MessageKey } from '../i18n/zh-CN';

export interface NavLink {
  path: string;
  labelKey: MessageKey;
  testId: string;
}

export interface NavGroup {
  role: Role;
  labelKey: MessageKey;
  links: NavLink[];
}

/** One menu group per role, in this order; a user with several roles sees the union, and a
 * page reachable from two groups is listed once, under the first. */
export const NAV_GROUPS: NavGroup[] = [
  {
    role: 'admin',
    labelKey: 'nav.groupAdmin',
    links: [
      { path: '/users', labelKey: 'nav.users', testId: 'nav-users' },
      { path: '/org-units', labelKey: 'nav.orgUnits', testId: 'nav-org-units' },
      { path: '/syllabus', labelKey: 'nav.syllabus', testId: 'nav-syllabus' },
      { path: '/settings', labelKey: 'nav.settings', testId: 'nav-settings' },
      { path: '/jobs', labelKey: 'nav.jobs', testId: 'nav-jobs' },
      { path: '/decision-policy', labelKey: 'nav.decisionPolicy', testId: 'nav-decision-policy' },
      { path: '/my-ratings', labelKey: 'nav.myRatings', testId: 'nav-my-ratings' },
    ],
  },
  {
    role: 'officer',
    labelKey: 'nav.groupOfficer',
    links: [
      { path: '/users', labelKey: 'nav.userList', testId: 'nav-users' },
      { path: '/syllabus', labelKey: 'nav.syllabus', testId: 'nav-syllabus' },
      { path: '/questions', labelKey: 'nav.questions', testId: 'nav-questions' },
      { path: '/questions/coverage', labelKey: 'nav.coverage', testId: 'nav-coverage' },
      { path: '/blueprints', labelKey: 'nav.blueprints', testId: 'nav-blueprints' },
      { path: '/exam-sessions', labelKey: 'nav.examSessions', testId: 'nav-exam-sessions' },
      { path: '/marking', labelKey: 'nav.markingAdmin', testId: 'nav-marking' },
      { path: '/competency', labelKey: 'nav.competency', testId: 'nav-competency' },
      { path: '/rating-campaigns', labelKey: 'nav.ratingCampaigns', testId: 'nav-rating-campaigns' },
      { path: '/competency-profile', labelKey: 'nav.competencyProfile', testId: 'nav-competency-profile' },
      { path: '/level-decisions', labelKey: 'nav.levelDecisions', testId: 'nav-level-decisions' },
      { path: '/appeals', labelKey: 'nav.appeals', testId: 'nav-appeals' },
      { path: '/certificates', labelKey: 'nav.certificates', testId: 'nav-certificates' },
      { path: '/decision-policy', labelKey: 'nav.decisionPolicy', testId: 'nav-decision-policy' },
      { path: '/my-ratings', labelKey: 'nav.myRatings', testId: 'nav-my-ratings' },
      { path: '/settings', labelKey: 'nav.settings', testId: 'nav-settings' },
    ],
  },
  {
    role: 'trainer',
    labelKey: 'nav.groupTrainer',
    links: [
      { path: '/syllabus', labelKey: 'nav.syllabus', testId: 'nav-syllabus' },
      { path: '/questions', labelKey: 'nav.questions', testId: 'nav-questions' },
      { path: '/questions/review', labelKey: 'nav.reviewQueue', testId: 'nav-review-queue' },
      { path: '/questions/coverage', labelKey: 'nav.coverage', testId: 'nav-coverage' },
      { path: '/blueprints', labelKey: 'nav.blueprints', testId: 'nav-blueprints' },
      { path: '/marking', labelKey: 'nav.marking', testId: 'nav-marking' },
      { path: '/training/records', labelKey: 'nav.trainingRecords', testId: 'nav-training-records' },
      { path: '/training/class-progress', labelKey: 'nav.trainingProgress', testId: 'nav-class-progress' },
      { path: '/my-ratings', labelKey: 'nav.myRatings', testId: 'nav-my-ratings' },
    ],
  },
  {
    role: 'candidate',
    labelKey: 'nav.groupCandidate',
    links: [
      { path: '/syllabus', labelKey: 'nav.syllabus', testId: 'nav-syllabus' },
      { path: '/my-exams', labelKey: 'nav.myExams', testId: 'nav-my-exams' },
      { path: '/training', labelKey: 'nav.trainingCentre', testId: 'nav-training' },
      { path: '/training/practice', labelKey: 'nav.trainingPractice', testId: 'nav-practice' },
      { path: '/training/mock-exams', labelKey: 'nav.trainingMock', testId: 'nav-mock-exams' },
      { path: '/training/wrong-answers', labelKey: 'nav.trainingWrongBook', testId: 'nav-wrong-book' },
      { path: '/my-ratings', labelKey: 'nav.myRatings', testId: 'nav-my-ratings' },
      { path: '/my-profile', labelKey: 'nav.myProfile', testId: 'nav-my-profile' },
      { path: '/my-decisions', labelKey: 'nav.myDecisions', testId: 'nav-my-decisions' },
      { path: '/my-levels', labelKey: 'nav.myLevels', testId: 'nav-my-levels' },
      { path: '/my-certificates', labelKey: 'nav.myCertificates', testId: 'nav-my-certificates' },
    ],
  },
];

export function navGroupsFor(roles: readonly Role[]): NavGroup[] {
  const seen = new Set<string>();
  const groups: NavGroup[] = [];
  for (const group of NAV_GROUPS) {
    if (!roles.includes(group.role)) continue;
    const links = group.links.filter((link) => !seen.has(link.path));
    links.forEach((link) => seen.add(link.path));
    if (links.length > 0) groups.push({ ...group, links });
  }
  return groups;
}

/** The menu key to highlight for a location: the longest nav path that prefixes it. */
export function selectedNavKey(pathname: string, groups: NavGroup[]): string {
  const paths = groups.flatMap((group) => group.links.map((link) => link.path));
  const match = paths
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
  return match ?? '/';
}
