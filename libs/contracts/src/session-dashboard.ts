import { z } from 'zod';
import { pageQuerySchema, uuidSchema } from './common';
import type { EligibilityReasonDto } from './sessions';

/** Enrol every active candidate of an org unit (and, by default, of its sub-units). */
export const enrolOrgUnitSchema = z.object({ orgUnitId: uuidSchema, includeSubUnits: z.boolean().default(true) }).strict();
export type EnrolOrgUnitRequest = z.infer<typeof enrolOrgUnitSchema>;

/** The identifier column of an enrolment sheet: a username, or an employee number (工号), which
 * is the username on this platform (the user import creates accounts under it). */
export const ENROL_SHEET_COLUMNS = ['用户名', '工号'] as const;

export interface EnrolledCandidateDto {
  candidateId: string;
  username: string;
  displayName: string;
  /** the spreadsheet row, for an Excel list */
  row?: number;
}

export interface RefusedEnrolmentDto {
  /** null when the row names nobody on the platform */
  candidateId: string | null;
  username: string;
  displayName: string | null;
  row?: number;
  /** NOT_ELIGIBLE (with reasons), UNKNOWN_USER, NOT_A_CANDIDATE, DUPLICATE_ROW, EMPTY_ROW */
  code: string;
  message: string;
  reasons: EligibilityReasonDto[];
}

/** The result of a bulk enrolment: nobody is enrolled twice, nobody ineligible without a waiver
 * (which stays a one-by-one decision). */
export interface BulkEnrolmentResultDto {
  enrolled: EnrolledCandidateDto[];
  alreadyRegistered: EnrolledCandidateDto[];
  refused: RefusedEnrolmentDto[];
}

export const sessionCandidatesQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  attemptStatus: z.enum(['not_started', 'in_progress', 'submitted']).optional(),
});
export type SessionCandidatesQuery = z.infer<typeof sessionCandidatesQuerySchema>;

/** One row of the live dashboard of a session. */
export interface SessionCandidateDto {
  candidateId: string;
  username: string;
  displayName: string;
  orgUnitName: string | null;
  registrationStatus: 'registered' | 'withdrawn';
  waived: boolean;
  attemptId: string | null;
  /** null before the candidate starts */
  attemptStatus: 'in_progress' | 'submitted' | 'grading' | 'marking' | 'graded' | null;
  /** seconds to the deadline for a running attempt (0 once it passed), else null */
  secondsLeft: number | null;
  deadline: string | null;
  extraMinutes: number;
  answered: number;
  focusLosses: number;
  lastFocusLossAt: string | null;
}

export const focusEventSchema = z.object({ kind: z.enum(['blur', 'hidden']) }).strict();
export type FocusEventRequest = z.infer<typeof focusEventSchema>;

/** Autosave of several changed answers in one request: one transaction, one multi-row upsert
 * guarded by seq (each answer as in `PUT /api/attempts/:id/answers/:itemId`). */
export const MAX_ANSWERS_PER_SAVE = 100;
export const saveAnswersSchema = z
  .object({
    answers: z
      .array(
        z.object({
          itemId: uuidSchema,
          response: z.union([z.string().max(20000), z.boolean(), z.array(z.string().max(2000)).max(20), z.null()]),
          seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        }).strict(),
      )
      .min(1)
      .max(MAX_ANSWERS_PER_SAVE),
  })
  .strict();
export type SaveAnswersRequest = z.infer<typeof saveAnswersSchema>;

export interface SaveAnswersResponse {
  /** per item: the seq now stored (≥ the one sent; higher when a newer save was already there) */
  saved: { itemId: string; seq: number; savedAt: string }[];
}
