import { z } from 'zod';
import { levelSchema, pageQuerySchema, questionTypeSchema, uuidSchema } from './common';

export const BLUEPRINT_STATUSES = ['draft', 'active', 'retired'] as const;
export type BlueprintStatus = (typeof BLUEPRINT_STATUSES)[number];

const percent = z.number().min(0).max(100);

/** The body of a blueprint (api-contract.md). Shape only; the rules (sums, nesting, one
 * section per type…) are checked by validateBlueprint in libs/domain → 400 BLUEPRINT_INVALID. */
export const blueprintBodySchema = z
  .object({
    trackId: uuidSchema,
    level: levelSchema,
    name: z.string().trim().min(1).max(100),
    totalPoints: z.number().int().min(1).max(1000),
    durationMinutes: z.number().int(),
    passMark: z.number(),
    areas: z.array(z.object({ syllabusNodeId: uuidSchema, percent }).strict()).min(1).max(50),
    sections: z.array(z.object({ type: questionTypeSchema, count: z.number().int().min(1).max(500), pointsEach: z.number().positive().max(1000), scoring: z.enum(['all_or_nothing', 'partial']).optional() }).strict()).min(1).max(6),
    requirementMix: z.object({ understand: percent, familiar: percent, master: percent }).strict().optional(),
    difficultyMix: z.object({ '1': percent, '2': percent, '3': percent, '4': percent, '5': percent }).partial().strict().optional(),
    mixTolerancePercent: z.number().min(0).max(100).optional(),
    difficultyWindow: z.object({ min: z.number(), max: z.number() }).strict().optional(),
    exposureCapPercent: z.number().optional(),
    doubleMarking: z.object({ short: z.boolean(), case: z.boolean(), discrepancyThresholdPercent: z.number().min(0).max(100) }).strict().optional(),
  })
  .strict();
export type BlueprintBody = z.infer<typeof blueprintBodySchema>;

export const updateBlueprintSchema = blueprintBodySchema.omit({ trackId: true, level: true }).partial().strict();

export const listBlueprintsQuerySchema = pageQuerySchema.extend({
  trackId: uuidSchema.optional(),
  level: z.coerce.number().int().min(1).max(4).optional(),
  status: z.enum(BLUEPRINT_STATUSES).optional(),
});

export interface BlueprintDto extends BlueprintBody {
  id: string;
  version: number;
  status: BlueprintStatus;
  createdBy: string | null;
  createdAt: string;
  activatedAt: string | null;
  activatedBy: string | null;
  provenance: 'default' | 'organisation';
}

export interface AllocationCellDto {
  syllabusNodeId: string;
  type: string;
  count: number;
  points: number;
}

export interface ShortfallDto {
  syllabusNodeId: string;
  type: string;
  requirement?: string;
  difficulty?: number;
  needed: number;
  available: number;
}

export interface FeasibilityDto {
  feasible: boolean;
  allocation: AllocationCellDto[];
  shortfalls: ShortfallDto[];
  forms: number;
  /** Paper-level limits no single cell is short for (e.g. a mix the bank forces past). */
  problems: { code: string; message: string }[];
  areas: { syllabusNodeId: string; targetPoints: number; points: number; deviation: number }[];
}
