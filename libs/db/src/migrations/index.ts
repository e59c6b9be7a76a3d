import { CreateFoundation1764200000000 } from './1764200000000-create-foundation';
import { QuestionBank1764300000000 } from './1764300000000-question-bank';
import { Blueprints1764400000000 } from './1764400000000-blueprints';
import { ExamSessions1764500000000 } from './1764500000000-exam-sessions';
import { Grading1764600000000 } from './1764600000000-grading';
import { QuestionListIndexes1764700000000 } from './1764700000000-question-list-indexes';
import { MarkingAndResults1764800000000 } from './1764800000000-marking-and-results';
import { RatingsAndDecisions1764900000000 } from './1764900000000-ratings-and-decisions';
import { Training1765000000000 } from './1765000000000-training';
import { SessionDashboard1765100000000 } from './1765100000000-session-dashboard';
import { ItemAnalysis1765200000000 } from './1765200000000-item-analysis';
import { ObjectiveScores1765300000000 } from './1765300000000-objective-scores';

/** Ordered list of migrations; never `synchronize`. */
export const MIGRATIONS = [CreateFoundation1764200000000, QuestionBank1764300000000, Blueprints1764400000000, ExamSessions1764500000000, Grading1764600000000, QuestionListIndexes1764700000000, MarkingAndResults1764800000000, RatingsAndDecisions1764900000000, Training1765000000000, SessionDashboard1765100000000, ItemAnalysis1765200000000, ObjectiveScores1765300000000];
