import { z } from 'zod';
import { levelSchema, requirementSchema, uuidSchema, type Requirement } from './common';

export interface TrackDto {
  id: string;
  code: string;
  name: string;
  levels: { level: number; name: string }[];
}

export const SYLLABUS_KINDS = ['part', 'chapter', 'point'] as const;
export type SyllabusKind = (typeof SYLLABUS_KINDS)[number];

export interface SyllabusNodeDto {
  id: string;
  trackId: string;
  parentId: string | null;
  code: string;
  title: string;
  kind: SyllabusKind;
  requirement?: Requirement;
  levels: number[];
  position: number;
  /** `seed` (source text), `default` (labelled default), or `organisation` (authored here). */
  provenance: string;
}

export const createSyllabusNodeSchema = z
  .object({
    trackId: uuidSchema,
    parentId: uuidSchema.nullable().optional(),
    code: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9.\-_]+$/),
    title: z.string().trim().min(1).max(200),
    kind: z.enum(SYLLABUS_KINDS),
    requirement: requirementSchema.optional(),
    levels: z.array(levelSchema).min(1).max(4),
  })
  .strict();
export type CreateSyllabusNodeRequest = z.infer<typeof createSyllabusNodeSchema>;

export interface SettingDto {
  key: string;
  version: number;
  value: unknown;
  provenance: string;
  note: string | null;
  createdAt: string;
  createdBy: string | null;
}
export const updateSettingSchema = z.object({ value: z.unknown(), note: z.string().trim().min(1).max(500) }).strict();

export const updateSyllabusNodeSchema = z
  .object({
    code: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9.\-_]+$/).optional(),
    title: z.string().trim().min(1).max(200).optional(),
    requirement: requirementSchema.nullable().optional(),
    levels: z.array(levelSchema).min(1).max(4).optional(),
  })
  .strict();

/** Moves a node among its siblings (reorder) or under another parent of the same track. */
export const moveSyllabusNodeSchema = z.object({ parentId: uuidSchema.nullable(), position: z.number().int().min(0).max(10000) }).strict();
