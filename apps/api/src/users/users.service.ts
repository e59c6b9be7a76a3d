import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type CreateUserRequest, type Page, type UpdateUserRequest, type UserDto, type listUsersQuerySchema } from '@cm/contracts';
import { assertOrgUnit, hashPassword, insertUser, recordAudit, UserEntity } from '@cm/db';
import { checkPasswordStrength } from '@cm/domain';
import type { z } from 'zod';
import type { AuthUser } from '../common/current-user';
import { toUserDto } from './user.mapper';

type ListQuery = z.infer<typeof listUsersQuerySchema>;

@Injectable()
export class UsersService {
  constructor(private readonly ds: DataSource) {}

  async list(q: ListQuery): Promise<Page<UserDto>> {
    const qb = this.ds.getRepository(UserEntity).createQueryBuilder('u');
    if (q.role) qb.andWhere(':role = ANY(u.roles)', { role: q.role });
    if (q.orgUnitId) qb.andWhere('u.org_unit_id = :org', { org: q.orgUnitId });
    if (q.active) qb.andWhere('u.active = :active', { active: q.active === 'true' });
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.username ILIKE :like OR u.display_name ILIKE :like)', { like });
    }
    qb.orderBy('u.username', 'ASC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toUserDto), total };
  }

  async get(id: string): Promise<UserDto> {
    const u = await this.ds.getRepository(UserEntity).findOneBy({ id });
    if (!u) throw AppError.notFound('用户');
    return toUserDto(u);
  }

  async create(actor: AuthUser, body: CreateUserRequest): Promise<UserDto> {
    const weak = checkPasswordStrength(body.password, body.username);
    if (weak) throw new AppError('PASSWORD_TOO_WEAK', weak.message, { fields: [{ path: 'password', code: weak.code, message: weak.message }] });
    const passwordHash = await hashPassword(body.password);
    return this.ds.transaction(async (m) => {
      const user = await insertUser(m, { ...body, passwordHash });
      await recordAudit(m, { actorId: actor.id, action: 'user.created', entityType: 'user', entityId: user.id, data: { username: user.username, roles: user.roles } });
      return toUserDto(user);
    });
  }

  async update(actor: AuthUser, id: string, body: UpdateUserRequest): Promise<UserDto> {
    return this.ds.transaction(async (m) => {
      const u = await m.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!u) throw AppError.notFound('用户');
      if (body.orgUnitId) await assertOrgUnit(m, body.orgUnitId);
      if (actor.id === id && (body.active === false || (body.roles && !body.roles.includes('admin')))) {
        throw new AppError('FORBIDDEN', '不能停用自己或撤销自己的管理员角色');
      }
      const before = toUserDto(u);
      if (body.displayName !== undefined) u.displayName = body.displayName;
      if (body.roles !== undefined) u.roles = [...new Set(body.roles)];
      if (body.orgUnitId !== undefined) u.orgUnitId = body.orgUnitId;
      if (body.active !== undefined) u.active = body.active;
      if (body.profile !== undefined) u.profile = { ...u.profile, ...body.profile };
      await m.save(u);
      if (body.active === false) await m.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      await recordAudit(m, { actorId: actor.id, action: body.active === false ? 'user.deactivated' : 'user.updated', entityType: 'user', entityId: id, data: { before, change: body } });
      return toUserDto(u);
    });
  }

  async resetPassword(actor: AuthUser, id: string, newPassword: string): Promise<void> {
    const u = await this.ds.getRepository(UserEntity).findOneBy({ id });
    if (!u) throw AppError.notFound('用户');
    const weak = checkPasswordStrength(newPassword, u.username);
    if (weak) throw new AppError('PASSWORD_TOO_WEAK', weak.message, { fields: [{ path: 'newPassword', code: weak.code, message: weak.message }] });
    const passwordHash = await hashPassword(newPassword);
    await this.ds.transaction(async (m) => {
      // The user must choose their own password at the next login; existing sessions end.
      await m.update(UserEntity, { id }, { passwordHash, mustChangePassword: true });
      await m.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      await recordAudit(m, { actorId: actor.id, action: 'user.password_reset', entityType: 'user', entityId: id });
    });
  }
}

