import type { EntityManager } from 'typeorm';
import { AppError, type CreateUserRequest } from '@cm/contracts';
import { OrgUnitEntity, UserEntity } from '../entities';

export interface NewUser extends Omit<CreateUserRequest, 'password'> {
  passwordHash: string;
  mustChangePassword?: boolean;
}

/** Shared by the route and the Excel import: unique username (case-insensitive), known org unit. */
export async function insertUser(m: EntityManager, u: NewUser): Promise<UserEntity> {
  const taken = await m.query(`SELECT 1 FROM app_user WHERE lower(username) = lower($1)`, [u.username]);
  if (taken.length) {
    throw new AppError('USERNAME_TAKEN', `用户名 ${u.username} 已被使用`, { fields: [{ path: 'username', code: 'USERNAME_TAKEN', message: '用户名已被使用' }] });
  }
  if (u.orgUnitId) await assertOrgUnit(m, u.orgUnitId);
  const entity = m.getRepository(UserEntity).create({
    username: u.username,
    passwordHash: u.passwordHash,
    displayName: u.displayName,
    roles: [...new Set(u.roles)],
    orgUnitId: u.orgUnitId ?? null,
    profile: u.profile ?? {},
    mustChangePassword: u.mustChangePassword ?? false,
    active: true,
  });
  return m.save(entity);
}

export async function assertOrgUnit(m: EntityManager, id: string): Promise<void> {
  if (!(await m.getRepository(OrgUnitEntity).existsBy({ id }))) {
    throw AppError.validation([{ path: 'orgUnitId', code: 'UNKNOWN_ORG_UNIT', message: '组织机构不存在' }]);
  }
}
