import { z } from 'zod';

export const ROLES = ['admin', 'officer', 'trainer', 'candidate'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const levelSchema = z.number().int().min(1).max(4);
/** Display names per the level crosswalk (product.md). */
export const LEVEL_NAMES: Record<Level, { cert: string; grade: string }> = {
  1: { cert: '四级', grade: '初级' },
  2: { cert: '三级(中级)', grade: '中级' },
  3: { cert: '二级(高级)', grade: '高级' },
  4: { cert: '一级(资深)', grade: '资深' },
};

export const REQUIREMENTS = ['understand', 'familiar', 'master'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];
export const requirementSchema = z.enum(REQUIREMENTS);
export const REQUIREMENT_LABELS: Record<Requirement, string> = { understand: '了解', familiar: '熟悉', master: '掌握' };

export const QUESTION_TYPES = ['single', 'multiple', 'judge', 'fill', 'short', 'case'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const questionTypeSchema = z.enum(QUESTION_TYPES);
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: '单选', multiple: '多选', judge: '判断', fill: '填空', short: '简答', case: '案例分析',
};

export const EDUCATIONS = ['中专', '高中', '大专', '本科', '硕士', '博士'] as const;
export type Education = (typeof EDUCATIONS)[number];

export const uuidSchema = z.uuid();

/** `page` from 1, `pageSize` default 20, max 200 (api-contract.md, Lists). */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export interface Page<T> {
  items: T[];
  total: number;
}
