import type { RouteObject } from 'react-router-dom';
import { RequireRoles } from '../../app/auth/guards';
import { ChapterPracticePage } from './ChapterPracticePage';
import { ClassProgressPage } from './ClassProgressPage';
import { LearningCentrePage } from './LearningCentrePage';
import { MockExamPage } from './MockExamPage';
import { MockExamsPage } from './MockExamsPage';
import { PracticeSetPage } from './PracticeSetPage';
import { TrainingRecordsPage } from './TrainingRecordsPage';
import { WrongBookPage } from './WrongBookPage';

const candidate = ['candidate'] as const;
const staff = ['trainer', 'officer'] as const;

/** /training/…: the candidate's learning centre, practice, mock exams and 错题本; the trainer's records and class view. */
export const TRAINING_ROUTES: RouteObject = {
  path: 'training',
  children: [
    { index: true, element: <RequireRoles roles={candidate}><LearningCentrePage /></RequireRoles> },
    { path: 'practice', element: <RequireRoles roles={candidate}><ChapterPracticePage /></RequireRoles> },
    { path: 'practice/:setId', element: <RequireRoles roles={candidate}><PracticeSetPage /></RequireRoles> },
    { path: 'mock-exams', element: <RequireRoles roles={candidate}><MockExamsPage /></RequireRoles> },
    { path: 'mock-exams/:mockId', element: <RequireRoles roles={candidate}><MockExamPage /></RequireRoles> },
    { path: 'wrong-answers', element: <RequireRoles roles={candidate}><WrongBookPage /></RequireRoles> },
    { path: 'records', element: <RequireRoles roles={staff}><TrainingRecordsPage /></RequireRoles> },
    { path: 'class-progress', element: <RequireRoles roles={staff}><ClassProgressPage /></RequireRoles> },
  ],
};
