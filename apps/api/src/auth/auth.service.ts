import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type AppConfig, type LoginResponse, type Role } from '@cm/contracts';
import { AuthSessionEntity, dummyVerify, hashPassword, recordAudit, UserEntity, verifyPassword } from '@cm/db';
import { checkPasswordStrength, LOGIN_THROTTLE, retryAfterSeconds } from '@cm/domain';
import { APP_CONFIG } from '../common/tokens';
import type { AuthUser } from '../common/current-user';
import { toUserDto } from '../users/user.mapper';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Server-side sessions (ADR 0003): an opaque bearer token whose hash is stored, so logout
 * and deactivation take effect at once in every API process. */
@Injectable()
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string, ip: string): Promise<LoginResponse & { maxAgeSeconds: number }> {
    const key = username.trim().toLowerCase();
    await this.refuseIfThrottled(key, ip);
    const user = await this.ds.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.username) = :key', { key }).getOne();
    const ok = user ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
    if (!user || !ok) {
      await this.ds.query(`INSERT INTO login_failure (username, ip, at) VALUES ($1, $2, now())`, [key, ip]);
      throw new AppError('AUTH_INVALID_CREDENTIALS', '用户名或密码错误');
    }
    if (!user.active) throw new AppError('AUTH_USER_DEACTIVATED', '该账号已停用,请联系管理员');

    const token = randomBytes(32).toString('base64url');
    const maxAgeSeconds = this.config.sessionTtlMinutes * 60;
    const expiresAt = new Date(Date.now() + maxAgeSeconds * 1000);
    await this.ds.transaction(async (m) => {
      await m.query(`DELETE FROM login_failure WHERE username = $1 AND ip = $2`, [key, ip]);
      await m.insert(AuthSessionEntity, { tokenHash: sha256(token), userId: user.id, expiresAt, ip });
      await recordAudit(m, { actorId: user.id, action: 'auth.login', entityType: 'user', entityId: user.id, data: { ip } });
    });
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: toUserDto(user), maxAgeSeconds };
  }

  private async refuseIfThrottled(key: string, ip: string): Promise<void> {
    const rows: { at: Date }[] = await this.ds.query(
      `SELECT at FROM login_failure WHERE username = $1 AND ip = $2 AND at > now() - make_interval(secs => $3) ORDER BY at DESC LIMIT $4`,
      [key, ip, LOGIN_THROTTLE.windowMs / 1000, LOGIN_THROTTLE.maxFailures],
    );
    const wait = retryAfterSeconds(rows.map((r) => new Date(r.at).getTime()), Date.now());
    if (wait > 0) {
      throw new AppError('AUTH_THROTTLED', `登录失败次数过多,请 ${Math.ceil(wait / 60)} 分钟后再试`, { retryAfterSeconds: wait }, { 'Retry-After': String(wait) });
    }
  }

  /** One query per request: the session must be live and the user active. */
  async authenticate(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    const rows: { session_id: string; id: string; username: string; display_name: string; roles: string[]; org_unit_id: string | null; must_change_password: boolean }[] =
      await this.ds.query(
        `SELECT s.id AS session_id, u.id, u.username, u.display_name, u.roles, u.org_unit_id, u.must_change_password
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
        [sha256(token)],
      );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      roles: r.roles as Role[],
      orgUnitId: r.org_unit_id,
      sessionId: r.session_id,
      mustChangePassword: r.must_change_password,
    };
  }

  async logout(user: AuthUser): Promise<void> {
    await this.ds.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [user.sessionId]);
  }

  async me(user: AuthUser) {
    const u = await this.ds.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    return toUserDto(u);
  }

  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const u = await this.ds.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    if (!(await verifyPassword(u.passwordHash, currentPassword))) {
      throw new AppError('PASSWORD_WRONG', '当前密码不正确', { fields: [{ path: 'currentPassword', code: 'PASSWORD_WRONG', message: '当前密码不正确' }] });
    }
    const weak = checkPasswordStrength(newPassword, u.username);
    if (weak) throw new AppError('PASSWORD_TOO_WEAK', weak.message, { fields: [{ path: 'newPassword', code: weak.code, message: weak.message }] });
    if (currentPassword === newPassword) {
      throw new AppError('PASSWORD_TOO_WEAK', '新密码不能与当前密码相同', { fields: [{ path: 'newPassword', code: 'SAME_AS_CURRENT', message: '新密码不能与当前密码相同' }] });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.ds.transaction(async (m) => {
      await m.update(UserEntity, { id: u.id }, { passwordHash, mustChangePassword: false });
      // Other sessions of this user end; the current one continues.
      await m.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [u.id, user.sessionId]);
      await recordAudit(m, { actorId: u.id, action: 'user.password_changed', entityType: 'user', entityId: u.id });
    });
  }
}
