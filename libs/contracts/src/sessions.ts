import { z } from 'zod';
import { levelSchema, pageQuerySchema, uuidSchema } from './common';

const isoTime = z.iso.datetime({ offset: true });

export const createSessionSchema = z
  .object({
    blueprintId: uuidSchema,
    title: z.string().trim().min(1).max(200),
    opensAt: isoTime,
    closesAt: isoTime,
    formMode: z.enum(['per_candidate', 'fixed']),
    parallelForms: z.number().int().min(1).max(26).optional(),
    durationMinutes: z.number().int().min(1).max(600).optional(),
    instructions: z.string().max(5000).optional(),
    graceSeconds: z.number().int().min(0).max(600).optional(),
    exposureCapPercent: z.number().min(1).max(100).optional(),
    /** Retake policy: may a candidate who failed this track and level before register, and after how many months (default: the eligibility setting's interval). */
    retakeAllowed: z.boolean().optional(),
    retakeIntervalMonths: z.number().int().min(0).max(60).optional(),
  })
  .strict();
export type CreateSessionRequest = z.infer<typeof createSessionSchema>;

export const registrationSchema = z.object({ candidateId: uuidSchema, waiverReason: z.string().trim().min(1).max(1000).optional() }).strict();
export const extraTimeSchema = z.object({ candidateId: uuidSchema, minutes: z.number().int().min(1).max(240), reason: z.string().trim().min(1).max(1000) }).strict();
export const trainingRecordSchema = z
  .object({
    candidateId: uuidSchema,
    trackId: uuidSchema,
    level: levelSchema,
    hours: z.number().positive().max(1000).multipleOf(0.25),
    title: z.string().trim().min(1).max(200),
    completedAt: isoTime.or(z.iso.date()),
  })
  .strict();

export const listSessionsQuerySchema = pageQuerySchema.extend({ trackId: uuidSchema.optional(), level: z.coerce.number().int().min(1).max(4).optional() });

export interface SessionDto {
  id: string;
  blueprintId: string;
  trackId: string;
  level: number;
  title: string;
  instructions: string | null;
  opensAt: string;
  closesAt: string;
  durationMinutes: number;
  formMode: 'per_candidate' | 'fixed';
  parallelForms: number;
  graceSeconds: number;
  exposureCapPercent: number | null;
  retakeAllowed: boolean;
  retakeIntervalMonths: number;
  publishedAt: string | null;
  createdAt: string;
  counts?: { registered: number; started: number; submitted: number; graded: number; formsReady: number };
  registration?: { id: string; status: string; createdAt: string };
  attemptId?: string | null;
}

export interface EligibilityReasonDto {
  code: string;
  message: string;
  required?: number | string;
  actual?: number | string;
}

export interface RegistrationDto {
  id: string;
  sessionId: string;
  candidateId: string;
  status: 'registered';
  waiverReason: string | null;
  eligibility: { eligible: boolean; reasons: EligibilityReasonDto[]; flags: { code: string; message: string }[] };
  createdAt: string;
}

export interface TrainingRecordDto {
  id: string;
  candidateId: string;
  trackId: string;
  level: number;
  hours: number;
  title: string;
  completedAt: string;
  recordedBy: string | null;
  /** how the hours were recorded: directly, by a course's attendance, or a confirmed self-study claim */
  source?: 'manual' | 'course' | 'self_study';
  courseId?: string | null;
}

/** What a candidate sees of a paper item: built from an allow-list, never the key, the
 * explanation, the rubric or anything that hints at them. */
export interface AttemptItemDto {
  id: string;
  position: number;
  type: string;
  stem: string;
  options?: { key: string; text: string }[];
  points: number;
  blanks?: number;
}

export interface AttemptDto {
  id: string;
  sessionId: string;
  status: 'in_progress' | 'submitted' | 'grading' | 'marking' | 'graded';
  deadline: string;
  serverNow: string;
  submittedAt?: string;
  graceSeconds: number;
  items: AttemptItemDto[];
  answers: Record<string, { response: unknown; seq: number }>;
}

export const saveAnswerSchema = z
  .object({
    response: z.union([z.string().max(20000), z.boolean(), z.array(z.string().max(2000)).max(20), z.null()]),
    seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
