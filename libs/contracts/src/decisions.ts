import { z } from 'zod';
import { levelSchema, pageQuerySchema, uuidSchema } from './common';
import { queryFlagSchema } from './ratings';

/** Level decisions, appeals, certificates and the versioned decision policy
 * (api-contract.md, "Level decisions and certificates", plus the routes a UI needs). */

const text = (max: number) => z.string().trim().min(1).max(max);

export const createDecisionSchema = z.object({ candidateId: uuidSchema, trackId: uuidSchema, targetLevel: levelSchema }).strict();
export const approveDecisionSchema = z
  .object({
    comment: z.string().trim().max(2000).optional(),
    overrideReason: text(2000).optional().describe('required when the recommendation refuses the level'),
    effectiveAt: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('default: now'),
  })
  .strict();
export const rejectDecisionSchema = z.object({ reason: text(2000) }).strict();
export const batchDecisionsSchema = z.object({ sessionId: uuidSchema.describe('every registered candidate of this session gets a pending request') }).strict();
export const appealSchema = z.object({ text: text(4000) }).strict();
export const APPEAL_OUTCOMES = ['granted', 'dismissed'] as const;
export const decideAppealSchema = z.object({ outcome: z.enum(APPEAL_OUTCOMES).describe('granted: the level is awarded; dismissed: the rejection stands'), reason: text(2000) }).strict();
export const revokeCertificateSchema = z.object({ reason: text(2000) }).strict();

export const DECISION_STATUSES = ['pending_approval', 'approved', 'rejected'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const listDecisionsQuerySchema = pageQuerySchema.extend({
  candidateId: uuidSchema.optional(),
  trackId: uuidSchema.optional(),
  targetLevel: z.coerce.number().int().min(1).max(4).optional(),
  status: z.enum(DECISION_STATUSES).optional(),
  recommended: queryFlagSchema.optional().describe('1: the recommendation awards the level; 0: it refuses'),
  sessionId: uuidSchema.optional(),
  batchJobId: uuidSchema.optional(),
});
export const listAppealsQuerySchema = pageQuerySchema.extend({ status: z.enum(['open', 'granted', 'dismissed']).optional(), decisionId: uuidSchema.optional() });
export const listCertificatesQuerySchema = pageQuerySchema.extend({
  candidateId: uuidSchema.optional(),
  trackId: uuidSchema.optional(),
  level: z.coerce.number().int().min(1).max(4).optional(),
  revoked: queryFlagSchema.optional(),
  code: z.string().trim().max(40).optional(),
});

/** Every number of the rating and decision rules; a PUT adds a version (动态调整). */
export const decisionPolicySchema = z
  .object({
    raterWeights: z.object({ supervisor: z.number().min(0).max(100), peer: z.number().min(0).max(100), self: z.number().min(0).max(100) }).strict(),
    disagreementLevels: z.number().int().min(1).max(4),
    indicatorRule: z.object({ numerator: z.number().int().min(1).max(20), denominator: z.number().int().min(1).max(20) }).strict(),
    evidenceRequiredFromLevel: z.number().int().min(1).max(5).describe('5: never required'),
    examWeight: z.number().min(0).max(100),
    behaviourWeight: z.number().min(0).max(100),
    examPassMark: z.number().min(0).max(100),
    compositeMin: z.number().min(0).max(100),
    maxLevelsBelowStandard: z.number().int().min(0).max(4),
    minShareAtStandard: z.number().min(0).max(100),
    knowledgePassMark: z.number().min(0).max(100),
    appealWindowDays: z.number().int().min(1).max(365),
  })
  .strict();
export type DecisionPolicyValue = z.infer<typeof decisionPolicySchema>;
export const updateDecisionPolicySchema = z.object({ value: decisionPolicySchema, reason: text(2000) }).strict();

// ---- responses --------------------------------------------------------------------------------

export interface DecisionCheckDto {
  code: 'EXAM_PUBLISHED' | 'EXAM_PASS_MARK' | 'RATINGS_SUBMITTED' | 'COMPOSITE_MIN' | 'NO_ITEM_FAR_BELOW_STANDARD' | 'SHARE_AT_STANDARD';
  passed: boolean;
  detail: string;
  actual: number | null;
  required: number | null;
  items?: { itemId: string; code: string; name: string; rating: number | null; standard: number }[];
}

export interface RecommendationDto {
  awarded: boolean;
  level: number;
  examScore: number | null;
  behaviouralIndex: number | null;
  composite: number | null;
  shareAtStandard: number | null;
  checks: DecisionCheckDto[];
}

export interface AppealDto {
  id: string;
  decisionId: string;
  candidateId: string;
  text: string;
  status: 'open' | 'granted' | 'dismissed';
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdAt: string;
}

export interface LevelDecisionDto {
  id: string;
  candidateId: string;
  candidateName: string;
  trackId: string;
  trackName: string;
  targetLevel: number;
  targetLevelName: string;
  status: DecisionStatus;
  recommendation: RecommendationDto;
  requestedBy: string;
  requestedByName: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  effectiveAt: string | null;
  rejectReason: string | null;
  /** officers only */
  comment?: string | null;
  overrideReason?: string | null;
  inputs: { modelId: string; modelVersion: number; policyVersion: number; campaignId: string | null; attemptId: string | null; sessionId: string | null };
  certificate: { code: string; revokedAt: string | null } | null;
  appeal: AppealDto | null;
  /** until when the candidate may appeal a rejection; null when no appeal is possible */
  appealDeadline: string | null;
}

export interface CertificateDto {
  code: string;
  candidateId: string;
  holderName: string;
  trackId: string;
  trackName: string;
  level: number;
  levelName: string;
  decisionId: string;
  issuedAt: string;
  effectiveAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
  verifyUrl: string;
}

export interface CertificateVerificationDto {
  valid: boolean;
  code: string;
  holderName: string;
  trackName: string;
  level: number;
  levelName: string;
  issuedAt: string;
  effectiveAt: string;
  revokedAt?: string;
}

export interface DecisionPolicyDto {
  id: string;
  version: number;
  value: DecisionPolicyValue;
  provenance: 'default' | 'organisation';
  reason: string;
  createdBy: string | null;
  createdAt: string;
}
