import { z } from 'zod';
import { levelSchema, pageQuerySchema, uuidSchema, type Requirement } from './common';
import type { AttemptItemDto } from './sessions';

/** Training mode (练习, 模拟考试, 错题本, 学时): request schemas and response shapes. */

const isoDate = z.iso.date();
const hoursSchema = z.number().positive().max(200).multipleOf(0.25);

export const learningCentreQuerySchema = z.object({ trackId: uuidSchema.optional(), level: z.coerce.number().int().min(1).max(4).optional() });

export const PRACTICE_SOURCES = ['chapter', 'wrong_book'] as const;
export const createPracticeSetSchema = z
  .object({
    trackId: uuidSchema,
    level: levelSchema,
    source: z.enum(PRACTICE_SOURCES).default('chapter'),
    /** chapter practice: the chapter; 错题本: optional, one chapter's wrong answers */
    chapterId: uuidSchema.optional(),
    size: z.number().int().min(1).max(50).default(10),
  })
  .strict();
export type CreatePracticeSetRequest = z.infer<typeof createPracticeSetSchema>;

export const practiceAnswerSchema = z
  .object({ response: z.union([z.string().max(20000), z.boolean(), z.array(z.string().max(2000)).max(20)]) })
  .strict();

export const createMockExamSchema = z.object({ trackId: uuidSchema, level: levelSchema }).strict();
export const listMineQuerySchema = pageQuerySchema.extend({ trackId: uuidSchema.optional() });

export const WRONG_ANSWER_STATUSES = ['open', 'mastered'] as const;
export const wrongAnswersQuerySchema = pageQuerySchema.extend({
  trackId: uuidSchema.optional(),
  chapterId: uuidSchema.optional(),
  status: z.enum(WRONG_ANSWER_STATUSES).optional(),
});

export const createCourseSchema = z
  .object({
    trackId: uuidSchema,
    level: levelSchema,
    title: z.string().trim().min(1).max(200),
    heldOn: isoDate,
    hours: hoursSchema,
    location: z.string().trim().max(200).optional(),
    orgUnitId: uuidSchema.optional(),
    attendeeIds: z.array(uuidSchema).min(1).max(500),
  })
  .strict();
export type CreateCourseRequest = z.infer<typeof createCourseSchema>;
export const addAttendeesSchema = z.object({ attendeeIds: z.array(uuidSchema).min(1).max(500) }).strict();
export const listCoursesQuerySchema = pageQuerySchema.extend({ trackId: uuidSchema.optional(), level: z.coerce.number().int().min(1).max(4).optional() });

export const SELF_STUDY_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export const selfStudySchema = z
  .object({
    trackId: uuidSchema,
    level: levelSchema,
    hours: z.number().positive().max(40).multipleOf(0.25),
    title: z.string().trim().min(1).max(200),
    studiedOn: isoDate,
    note: z.string().trim().max(1000).optional(),
  })
  .strict();
export const rejectSelfStudySchema = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();
export const listSelfStudyQuerySchema = pageQuerySchema.extend({ status: z.enum(SELF_STUDY_STATUSES).optional(), candidateId: uuidSchema.optional() });

export const trainingCandidatesQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(50).optional(), orgUnitId: uuidSchema.optional() });
export interface TrainingCandidateDto {
  id: string;
  username: string;
  displayName: string;
  orgUnitName: string | null;
}

export const classProgressQuerySchema = z.object({
  orgUnitId: uuidSchema,
  trackId: uuidSchema,
  level: z.coerce.number().int().min(1).max(4).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

// ── responses ──

export type MasteryBandDto = 'not_started' | 'too_few' | 'weak' | 'developing' | 'mastered';

export interface MasteryDto {
  answered: number;
  correct: number;
  /** percent, one decimal */
  accuracy: number | null;
  band: MasteryBandDto;
}

export interface LearningChapterDto {
  id: string;
  code: string;
  title: string;
  partId: string | null;
  partTitle: string | null;
  /** the chapter's own 认知要求, or the highest of its points */
  requirement: Requirement | null;
  points: { id: string; code: string; title: string; requirement: Requirement | null }[];
  practiceCount: number;
  /** the 认知要求 of the chapter's practice questions, counted (a chapter without its own label shows these) */
  questionRequirements: Record<Requirement, number>;
  mastery: MasteryDto;
  openWrong: number;
}

export type RecommendReasonDto =
  | { code: 'EXAM_AREA_WEAK'; areaId: string; areaTitle: string; percent: number }
  | { code: 'LOW_MASTERY'; accuracy: number }
  | { code: 'NOT_PRACTISED' }
  | { code: 'COMPETENCY_GAP'; areaId: string; areaTitle: string; gap: number };

export interface LearningCentreDto {
  targets: { trackId: string; trackName: string; level: number; levelName: string; heldLevel: number | null }[];
  trackId: string;
  level: number;
  levelName: string;
  masteryWindow: number;
  hours: { completed: number; required: number | null; pending: number };
  lastExam: { attemptId: string; sessionTitle: string; level: number; publishedAt: string; score: number | null; passed: boolean | null; areas: { syllabusNodeId: string; title: string; earned: number; possible: number }[] } | null;
  chapters: LearningChapterDto[];
  recommended: { chapterId: string; code: string; title: string; weakness: number; reasons: RecommendReasonDto[] }[];
  /** where recommendations came from; the competency profile is used once it exists */
  sources: { exam: boolean; competency: boolean };
}

/** A practice item as the candidate sees it before answering (never the key). */
export interface PracticeItemDto extends AttemptItemDto {
  chapterId: string;
}

export interface PracticeFeedbackDto {
  itemId: string;
  /** null for 简答/案例分析: compare with the rubric yourself */
  correct: boolean | null;
  response: unknown;
  /** the key in the keys shown (single "B", multiple ["A","C"], judge true/false, fill accepted strings per blank) */
  key: unknown;
  explanation: string | null;
  rubric: { criterion: string; maxPoints: number }[] | null;
  answeredAt: string;
  tries: number;
  /** the 错题本 entry of the question, when it has one */
  wrongAnswer: { id: string; status: 'open' | 'mastered' } | null;
}

export interface PracticeSetDto {
  id: string;
  trackId: string;
  level: number;
  source: (typeof PRACTICE_SOURCES)[number];
  chapterId: string | null;
  createdAt: string;
  items: PracticeItemDto[];
  feedback: Record<string, PracticeFeedbackDto>;
}

export interface MockItemResultDto {
  itemId: string;
  position: number;
  areaId: string;
  chapterId: string;
  type: string;
  points: number;
  /** null for 简答/案例分析 (not graded automatically) */
  earned: number | null;
  correct: boolean | null;
  response: unknown;
  key: unknown;
  explanation: string | null;
  rubric: { criterion: string; maxPoints: number }[] | null;
}

export interface MockResultDto {
  /** 百分制 over the automatically graded points */
  score: number;
  passMark: number;
  passed: boolean;
  earned: number;
  possible: number;
  ungraded: { count: number; points: number };
  areas: { syllabusNodeId: string; title: string; earned: number; possible: number }[];
  items: MockItemResultDto[];
}

export interface MockExamDto {
  id: string;
  trackId: string;
  level: number;
  blueprintId: string;
  title: string;
  status: 'in_progress' | 'graded';
  startedAt: string;
  deadline: string;
  serverNow: string;
  durationMinutes: number;
  graceSeconds: number;
  submittedAt?: string;
  submittedBy?: 'candidate' | 'server';
  items: AttemptItemDto[];
  answers: Record<string, { response: unknown; seq: number }>;
  result?: MockResultDto;
}

export interface MockExamSummaryDto {
  id: string;
  trackId: string;
  level: number;
  title: string;
  status: 'in_progress' | 'graded';
  startedAt: string;
  deadline: string;
  submittedAt: string | null;
  score: number | null;
  passed: boolean | null;
}

export interface WrongAnswerDto {
  id: string;
  questionId: string;
  trackId: string;
  chapterId: string;
  chapterTitle: string;
  wrongCount: number;
  firstWrongAt: string;
  lastWrongAt: string;
  status: (typeof WRONG_ANSWER_STATUSES)[number];
  masteredAt: string | null;
  /** false when the question is no longer a practice item: its content is then withheld */
  available: boolean;
  type?: string;
  stem?: string;
  options?: { key: string; text: string }[];
  blanks?: number;
  lastResponse?: unknown;
  key?: unknown;
  explanation?: string | null;
}

export interface CourseDto {
  id: string;
  trackId: string;
  level: number;
  title: string;
  heldOn: string;
  hours: number;
  location: string | null;
  orgUnitId: string | null;
  createdBy: string;
  createdAt: string;
  attendeeCount: number;
  attendees?: { candidateId: string; username: string; displayName: string; orgUnitName: string | null; trainingRecordId: string }[];
}

export interface SelfStudyDto {
  id: string;
  candidateId: string;
  candidateName: string;
  trackId: string;
  level: number;
  hours: number;
  title: string;
  studiedOn: string;
  note: string | null;
  status: (typeof SELF_STUDY_STATUSES)[number];
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  createdAt: string;
}

export interface ClassProgressDto {
  orgUnitId: string;
  trackId: string;
  level: number;
  masteryWindow: number;
  candidates: { id: string; username: string; displayName: string; orgUnitName: string | null; answered: number; accuracy: number | null; hours: number; requiredHours: number | null; mockBest: number | null; lastActiveAt: string | null }[];
  chapters: { chapterId: string; code: string; title: string; learners: number; answered: number; accuracy: number | null; mastered: number; weak: number }[];
  commonMistakes: { questionId: string; chapterId: string; chapterTitle: string; type: string; stem: string; wrong: number; candidates: number; answers: number; errorRate: number; topWrongResponse: unknown }[];
}
