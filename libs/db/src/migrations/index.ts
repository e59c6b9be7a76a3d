import { CreateFoundation1764200000000 } from './1764200000000-create-foundation';
import { QuestionBank1764300000000 } from './1764300000000-question-bank';
import { Blueprints1764400000000 } from './1764400000000-blueprints';
import { ExamSessions1764500000000 } from './1764500000000-exam-sessions';
import { Grading1764600000000 } from './1764600000000-grading';
import { QuestionListIndexes1764700000000 } from './1764700000000-question-list-indexes';

/** Ordered list of migrations; never `synchronize`. */
export const MIGRATIONS = [CreateFoundation1764200000000, QuestionBank1764300000000, Blueprints1764400000000, ExamSessions1764500000000, Grading1764600000000, QuestionListIndexes1764700000000];
