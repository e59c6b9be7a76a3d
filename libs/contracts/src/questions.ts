import { z } from 'zod';
import type { ItemStatsDto } from './analysis';
import { pageQuerySchema, questionTypeSchema, requirementSchema, uuidSchema, type QuestionType, type Requirement } from './common';

export const QUESTION_STATUSES = ['draft', 'in_review', 'active', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const QUESTION_USAGES = ['exam', 'practice'] as const;
export type QuestionUsage = (typeof QUESTION_USAGES)[number];

export const optionSchema = z.object({ key: z.string().min(1).max(2), text: z.string().max(2000) }).strict();
export const rubricCriterionSchema = z.object({ criterion: z.string().max(500), maxPoints: z.number() }).strict();

/** The editable content of a question; per-type rules (keys, blanks, rubric) are checked by
 * `validateQuestionContent` in libs/domain and reported field by field. */
const contentFields = {
  syllabusNodeId: uuidSchema,
  type: questionTypeSchema,
  stem: z.string().max(20000),
  options: z.array(optionSchema).max(8).nullable().optional(),
  answer: z.union([z.string(), z.boolean(), z.array(z.string()), z.array(z.array(z.string()))]).nullable().optional(),
  difficulty: z.number().int(),
  requirement: requirementSchema,
  explanation: z.string().max(5000).nullable().optional(),
  rubric: z.array(rubricCriterionSchema).max(20).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(32)).max(20).optional(),
  usage: z.array(z.enum(QUESTION_USAGES)).optional(),
  enemyIds: z.array(uuidSchema).max(50).optional(),
};

export const createQuestionSchema = z.object(contentFields).strict();
export type CreateQuestionRequest = z.infer<typeof createQuestionSchema>;

export const updateQuestionSchema = z.object(contentFields).partial().strict();
export type UpdateQuestionRequest = z.infer<typeof updateQuestionSchema>;

export const rejectQuestionSchema = z.object({ comment: z.string().trim().min(1).max(2000) }).strict();
export const bulkApproveSchema = z.object({ ids: z.array(uuidSchema).min(1).max(200) }).strict();

export const QUESTION_SORTS = ['updatedAt', '-updatedAt', 'difficulty', '-difficulty', 'code', '-code', 'createdAt', '-createdAt'] as const;

export const listQuestionsQuerySchema = pageQuerySchema.extend({
  trackId: uuidSchema.optional(),
  syllabusNodeId: uuidSchema.optional(),
  type: questionTypeSchema.optional(),
  status: z.enum(QUESTION_STATUSES).optional(),
  difficulty: z.coerce.number().int().min(1).max(5).optional(),
  requirement: requirementSchema.optional(),
  usage: z.enum(QUESTION_USAGES).optional(),
  tag: z.string().max(32).optional(),
  q: z.string().max(100).optional(),
  authorId: uuidSchema.optional(),
  sort: z.enum(QUESTION_SORTS).default('-updatedAt'),
});
export type ListQuestionsQuery = z.infer<typeof listQuestionsQuerySchema>;

export interface QuestionDto {
  id: string;
  trackId: string;
  syllabusNodeId: string;
  syllabusCode: string;
  type: QuestionType;
  stem: string;
  options?: { key: string; text: string }[];
  answer?: unknown;
  difficulty: number;
  requirement: Requirement;
  explanation?: string;
  rubric?: { criterion: string; maxPoints: number }[];
  tags: string[];
  usage: QuestionUsage[];
  enemyIds: string[];
  status: QuestionStatus;
  version: number;
  /** The version exams and practice draw now (the last approved), if any. */
  activeVersion: number | null;
  versionId: string;
  authorId: string;
  /** Author of the question's first version. */
  createdBy: string;
  reviewComment?: string;
  reviewedBy?: string;
  reviewedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export interface QuestionVersionDto extends Omit<QuestionDto, 'activeVersion' | 'createdBy' | 'enemyIds' | 'trackId'> {
  /** draft, in_review, active, retired, or superseded (replaced by a later version). */
  versionStatus: QuestionStatus | 'superseded';
}

export interface QuestionListItemDto {
  id: string;
  syllabusNodeId: string;
  syllabusCode: string;
  type: QuestionType;
  stem: string;
  difficulty: number;
  requirement: Requirement;
  usage: QuestionUsage[];
  tags: string[];
  status: QuestionStatus;
  version: number;
  activeVersion: number | null;
  authorId: string;
  updatedAt: string;
}

export interface CoverageCellDto {
  syllabusNodeId: string;
  type: QuestionType;
  difficulty: number;
  requirement: Requirement;
  count: number;
}

/** A cell an active blueprint needs more active exam questions of (its feasibility shortfall). */
export interface CoverageNeedDto {
  blueprintId: string;
  level: number;
  syllabusNodeId: string;
  type: string;
  requirement?: string;
  difficulty?: number;
  needed: number;
  available: number;
}

export interface ItemStatisticsDto {
  versionId: string;
  version: number;
  timesUsed: number;
  /** pooled over every graded attempt that had this version (same as analysis.facility) */
  facility: number | null;
  /** the upper–lower 27 % index D (same as analysis.discrimination) */
  discrimination: number | null;
  updatedAt: string | null;
  /** the full item analysis, null until an attempt with this version is graded */
  analysis: ItemStatsDto | null;
}

/** Header row of the question import/export sheet (api-contract.md), in order. */
export const QUESTION_SHEET_COLUMNS = [
  '题型', '章节编码', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '选项G', '选项H', '答案', '难度', '认知要求', '解析', '评分要点',
] as const;
export const QUESTION_TYPE_WORDS: Record<string, QuestionType> = { 单选: 'single', 多选: 'multiple', 判断: 'judge', 填空: 'fill', 简答: 'short', 案例分析: 'case' };
export const REQUIREMENT_WORDS: Record<string, Requirement> = { 了解: 'understand', 熟悉: 'familiar', 掌握: 'master' };
