import { z } from 'zod';
import { levelSchema, pageQuerySchema, uuidSchema } from './common';

/** Competency model versions, rating campaigns, ratings and the competency profile
 * (api-contract.md, "Competency model and ratings", plus the routes a UI needs around them). */

const isoTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
/** `1`/`true` or `0`/`false` in a query string. */
export const queryFlagSchema = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const RATER_RELATION_VALUES = ['supervisor', 'peer', 'self'] as const;
export type RaterRelationDto = (typeof RATER_RELATION_VALUES)[number];
export const raterRelationSchema = z.enum(RATER_RELATION_VALUES);
export const RATING_STATUSES = ['pending', 'draft', 'submitted'] as const;
export type RatingStatus = (typeof RATING_STATUSES)[number];

// ---- competency model versions ----------------------------------------------------------------

const itemCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, 'code: lower-case letters, digits and _');
const indicatorEditSchema = z.object({ id: z.string().min(1).max(64).optional().describe('keep an existing indicator (its id); omit for a new one'), text: text(500) }).strict();
const levelEditSchema = z
  .object({
    level: levelSchema,
    summary: z.string().trim().max(500).nullable().optional(),
    indicators: z.array(indicatorEditSchema).max(12).optional().describe('the full list of ▶ indicators of this level in the new version'),
  })
  .strict();

/** A new model version (动态调整): edits by item code, added and removed items, standard-matrix
 * cells; everything not named is copied from the version it is based on. */
export const newModelVersionSchema = z
  .object({
    reason: text(2000).describe('why the model changes (shown with the version, audited)'),
    items: z.array(z.object({ code: itemCodeSchema, name: text(50).optional(), definition: z.string().trim().max(1000).nullable().optional(), levels: z.array(levelEditSchema).max(4).optional() }).strict()).max(50).optional(),
    addItems: z
      .array(z.object({ code: itemCodeSchema, name: text(50), categoryId: z.string().min(1).max(64), assessment: z.enum(['rating', 'exam']), definition: z.string().trim().max(1000).nullable().optional(), levels: z.array(levelEditSchema).max(4).optional() }).strict())
      .max(20)
      .optional(),
    removeItemCodes: z.array(itemCodeSchema).max(20).optional(),
    standards: z.array(z.object({ positionLevel: levelSchema, itemCode: itemCodeSchema, standardLevel: z.number().int().min(0).max(4) }).strict()).max(400).optional().describe('标准级别设置 cells to change'),
  })
  .strict();
export type NewModelVersionRequest = z.infer<typeof newModelVersionSchema>;

export const listModelsQuerySchema = z.object({ trackId: uuidSchema.optional(), status: z.enum(['active', 'retired', 'draft']).optional() });

// ---- campaigns and ratings --------------------------------------------------------------------

const raterSchema = z.object({ raterId: uuidSchema, relation: raterRelationSchema }).strict();

export const createCampaignSchema = z
  .object({
    candidateId: uuidSchema,
    trackId: uuidSchema,
    targetLevel: levelSchema,
    raters: z.array(raterSchema).min(1).max(30).describe('exactly one supervisor; peers; optionally the candidate as self'),
    dueAt: isoTime.optional().describe('ratings not submitted by then are overdue'),
    note: z.string().trim().max(1000).optional(),
  })
  .strict();
export type CreateCampaignRequest = z.infer<typeof createCampaignSchema>;

/** One campaign per candidate of an org unit (and its sub-units) or of a list. */
export const batchCampaignSchema = z
  .object({
    trackId: uuidSchema,
    targetLevel: levelSchema,
    orgUnitId: uuidSchema.optional(),
    includeSubUnits: z.boolean().default(true),
    candidateIds: z.array(uuidSchema).max(3000).optional(),
    supervisorId: uuidSchema,
    peerIds: z.array(uuidSchema).max(20).default([]),
    includeSelf: z.boolean().default(false),
    dueAt: isoTime.optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((b) => b.orgUnitId || b.candidateIds?.length, { message: 'orgUnitId or candidateIds is required', path: ['orgUnitId'] });
export type BatchCampaignRequest = z.infer<typeof batchCampaignSchema>;

export const cancelCampaignSchema = z.object({ reason: text(1000) }).strict();

export const listCampaignsQuerySchema = pageQuerySchema.extend({
  candidateId: uuidSchema.optional(),
  trackId: uuidSchema.optional(),
  status: z.enum(['open', 'cancelled']).optional(),
  overdue: queryFlagSchema.optional(),
});

export const ratingItemInputSchema = z
  .object({
    itemId: uuidSchema,
    level: z.number().int().min(0).max(4).describe('what counts: 0 = below 初级 … 4 = 资深'),
    observedIndicatorIds: z.array(z.string().min(1).max(64)).max(60).optional(),
    evidence: z.string().trim().max(4000).optional().describe('required at submit for level ≥ evidenceRequiredFromLevel (3)'),
    reason: z.string().trim().max(2000).optional().describe('required when the observed indicators propose another level'),
  })
  .strict();
/** PUT replaces the draft with these items (a partial draft is fine until submit). */
export const saveRatingSchema = z.object({ items: z.array(ratingItemInputSchema).max(60) }).strict();
export type SaveRatingRequest = z.infer<typeof saveRatingSchema>;

export const listRatingsQuerySchema = pageQuerySchema.extend({
  mine: queryFlagSchema.optional().describe('1: my rating to-dos (non-officers always get their own)'),
  campaignId: uuidSchema.optional(),
  candidateId: uuidSchema.optional(),
  raterId: uuidSchema.optional(),
  status: z.enum(RATING_STATUSES).optional(),
  overdue: queryFlagSchema.optional().describe('1: not submitted and past the due date'),
});

export const profileQuerySchema = z.object({ trackId: uuidSchema.optional(), targetLevel: z.coerce.number().int().min(1).max(4).optional() });

// ---- responses --------------------------------------------------------------------------------

export interface RatingSummaryDto {
  id: string;
  raterId: string;
  raterName: string;
  relation: RaterRelationDto;
  status: RatingStatus;
  savedAt: string | null;
  submittedAt: string | null;
}

export interface RatingCampaignDto {
  id: string;
  candidateId: string;
  candidateName: string;
  trackId: string;
  trackName: string;
  targetLevel: number;
  targetLevelName: string;
  model: { id: string; version: number };
  policyVersion: number;
  status: 'open' | 'cancelled';
  dueAt: string | null;
  overdue: boolean;
  note: string | null;
  cancelReason: string | null;
  progress: { submitted: number; total: number };
  ratings: RatingSummaryDto[];
  createdBy: string;
  createdAt: string;
}

/** One row of a rating to-do list or of the officer's overdue list. */
export interface RatingListItemDto {
  id: string;
  campaignId: string;
  raterId: string;
  raterName: string;
  relation: RaterRelationDto;
  status: RatingStatus;
  candidateId: string;
  candidateName: string;
  trackId: string;
  trackName: string;
  targetLevel: number;
  targetLevelName: string;
  campaignStatus: 'open' | 'cancelled';
  dueAt: string | null;
  overdue: boolean;
  savedAt: string | null;
  submittedAt: string | null;
}

export interface RatingEntryDto {
  itemId: string;
  level: number;
  observedIndicatorIds: string[] | null;
  proposedLevel: number | null;
  evidence: string | null;
  reason: string | null;
}

export interface RatingFormItemDto {
  itemId: string;
  code: string;
  name: string;
  category: string;
  definition: string | null;
  levels: { level: number; name: string; summary: string | null; completeness: string; provenance: string; indicators: { id: string; text: string }[] }[];
}

export interface RatingFormDto extends RatingListItemDto {
  model: { id: string; version: number };
  rules: { indicatorRule: { numerator: number; denominator: number }; evidenceRequiredFromLevel: number; scale: { level: number; name: string }[] };
  /** the model's generic level definitions (二、能力素质项级别划分基本原则), shown for levels whose text was not found */
  levelPrinciples: unknown;
  items: RatingFormItemDto[];
  entries: RatingEntryDto[];
}

export interface ProfileItemDto {
  itemId: string;
  code: string;
  name: string;
  category: string;
  assessment: 'rating' | 'exam';
  rating: number | null;
  standard: number;
  /** rating − standard; negative = below the standard */
  gap: number | null;
  belowStandard: boolean | null;
  farBelow: boolean | null;
  /** where the rating comes from: ratings, the exam, the level held, or nothing yet */
  basis: 'ratings' | 'exam_passed' | 'exam_below_pass_mark' | 'held_level' | 'none';
  standardScore?: number | null;
  /** syllabus chapters to train for a gap (knowledge items: the chapters of the mapped exam areas) */
  trainingChapters: { id: string; code: string; title: string }[];
  /** officers only */
  raters?: number;
  byRelation?: Record<RaterRelationDto, number | null>;
  disagreement?: boolean;
}

export interface CompetencyProfileDto {
  candidateId: string;
  trackId: string;
  targetLevel: number;
  targetLevelName: string;
  model: { id: string; version: number };
  campaignId: string | null;
  examAttemptId: string | null;
  examScore: number | null;
  items: ProfileItemDto[];
  behaviouralIndex: number | null;
  categories: { name: string; itemIds: string[] }[];
}
