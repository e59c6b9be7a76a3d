import type { DataSource } from 'typeorm';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../users/password-hasher';

/** Creates the configured admin if that username does not exist; never resets an existing one. */
export async function ensureAdmin(ds: DataSource, username: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(7262002)`);
    const exists = await m.query(`SELECT 1 FROM app_user WHERE lower(username) = lower($1)`, [username]);
    if (exists.length) return false;
    const [{ id }] = await m.query(
      `INSERT INTO app_user (username, password_hash, display_name, roles) VALUES ($1, $2, $3, ARRAY['admin']) RETURNING id`,
      [username, passwordHash, '系统管理员'],
    );
    await recordAudit(m, { actorId: null, action: 'user.created', entityType: 'user', entityId: id, data: { username, roles: ['admin'], by: 'ADMIN_USERNAME' } });
    return true;
  });
}
