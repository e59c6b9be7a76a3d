import { z } from 'zod';
import { EDUCATIONS, levelSchema, roleSchema, uuidSchema, pageQuerySchema, type Role } from './common';

export const profileSchema = z
  .object({
    education: z.enum(EDUCATIONS).nullable().optional(),
    hireDate: z.iso.date().nullable().optional(),
    positionLevel: levelSchema.nullable().optional(),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;

export const loginSchema = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) });
export type LoginRequest = z.infer<typeof loginSchema>;

export interface UserDto {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  orgUnitId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  profile: Profile;
  createdAt: string;
}

export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: UserDto;
}

export const usernameSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9_.@-]+$/, 'letters, digits and _ . @ - only');

export const createUserSchema = z
  .object({
    username: usernameSchema,
    password: z.string().min(1).max(256),
    displayName: z.string().trim().min(1).max(64),
    roles: z.array(roleSchema).min(1),
    orgUnitId: uuidSchema.nullable().optional(),
    profile: profileSchema.optional(),
  })
  .strict();
export type CreateUserRequest = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    displayName: z.string().trim().min(1).max(64).optional(),
    roles: z.array(roleSchema).min(1).optional(),
    orgUnitId: uuidSchema.nullable().optional(),
    active: z.boolean().optional(),
    profile: profileSchema.optional(),
  })
  .strict();
export type UpdateUserRequest = z.infer<typeof updateUserSchema>;

export const listUsersQuerySchema = pageQuerySchema.extend({
  role: roleSchema.optional(),
  q: z.string().max(64).optional(),
  orgUnitId: uuidSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const changePasswordSchema = z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }).strict();
export const resetPasswordSchema = z.object({ newPassword: z.string().min(1).max(256) }).strict();

export interface OrgUnitDto {
  id: string;
  parentId: string | null;
  name: string;
  kind: 'province' | 'city' | 'county';
}
export const createOrgUnitSchema = z
  .object({ name: z.string().trim().min(1).max(64), parentId: uuidSchema.nullable().optional(), kind: z.enum(['province', 'city', 'county']) })
  .strict();

export const legacyLevelSchema = z
  .object({ trackId: uuidSchema, level: levelSchema, effectiveAt: z.iso.datetime({ offset: true }).or(z.iso.date()), reason: z.string().trim().min(1).max(500) })
  .strict();

export interface CandidateLevelDto {
  trackId: string;
  level: number;
  levelName: string;
  decisionId: string | null;
  effectiveAt: string;
  source: 'legacy' | 'decision';
  /** set when the certificate behind the level was revoked (the row stays in the history) */
  revokedAt?: string | null;
}

/** One row error of a spreadsheet import (users and questions). */
export interface ImportRowError {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** Header row of the user import sheet, in order. */
export const USER_IMPORT_COLUMNS = ['用户名', '姓名', '角色', '组织机构', '初始密码', '学历', '入职日期', '岗位级别'] as const;
export const ROLE_LABELS: Record<Role, string> = { admin: '管理员', officer: '认证管理员', trainer: '培训师', candidate: '考生' };
