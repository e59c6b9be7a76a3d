/** Data for the sitting benchmark, written with SQL for speed (not through the API): one open
 * 四级 session on the seeded default blueprint, N registered candidates with a live login
 * session each (the token's sha256 stored as the API stores it), and their papers assembled
 * ahead of the window by the same code the `assemble-forms` job runs. */
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword, queryRows } from '@cm/db';
import { assembleSessionForms } from '@cm/jobs';
import { SimCandidate } from './candidate';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const CHUNK = 1000;

export async function createSession(ds: DataSource): Promise<{ id: string; durationMinutes: number; graceSeconds: number }> {
  const [bp] = await queryRows<{ id: string; track_id: string; level: number; minutes: number }>(
    ds,
    `SELECT b.id, b.track_id, b.level, (b.body->>'durationMinutes')::int AS minutes FROM blueprint b JOIN track t ON t.id = b.track_id
     WHERE t.code = 'vip-service-manager' AND b.level = 1 AND b.status = 'active'`,
  );
  if (!bp) throw new Error('no active 四级 VIP blueprint: the reference seed did not run');
  const [s] = await queryRows<{ id: string; grace_seconds: number }>(
    ds,
    `INSERT INTO exam_session (blueprint_id, track_id, level, title, opens_at, closes_at, duration_minutes, form_mode, grace_seconds)
     VALUES ($1, $2, $3, '压测场次:VIP客户服务经理四级', now() - interval '1 minute', now() + interval '6 hours', $4, 'per_candidate', 30)
     RETURNING id, grace_seconds`,
    [bp.id, bp.track_id, bp.level, bp.minutes],
  );
  return { id: s!.id, durationMinutes: bp.minutes, graceSeconds: s!.grace_seconds };
}

/** N candidates (bench_c00001 …), each registered for the session and logged in. */
export async function createCandidates(ds: DataSource, sessionId: string, n: number): Promise<SimCandidate[]> {
  // One argon2 hash for all: nobody logs in with a password in this benchmark.
  const hash = await hashPassword(randomBytes(12).toString('base64url'));
  const out: SimCandidate[] = [];
  for (let start = 0; start < n; start += CHUNK) {
    const size = Math.min(CHUNK, n - start);
    const usernames = Array.from({ length: size }, (_, i) => `bench_c${String(start + i + 1).padStart(5, '0')}`);
    const tokens = usernames.map(() => randomBytes(32).toString('base64url'));
    await ds.transaction(async (m) => {
      const users = await queryRows<{ id: string; username: string }>(
        m,
        `INSERT INTO app_user (username, password_hash, display_name, roles, profile)
         SELECT u, $2, '压测考生' || right(u, 5), '{candidate}', '{"education":"本科"}'::jsonb FROM unnest($1::text[]) u RETURNING id, username`,
        [usernames, hash],
      );
      const byName = new Map(users.map((u) => [u.username, u.id]));
      const ids = usernames.map((u) => byName.get(u)!);
      await m.query(
        `INSERT INTO registration (session_id, candidate_id, eligibility) SELECT $1, id, '{"eligible":true,"reasons":[],"flags":[]}'::jsonb FROM unnest($2::uuid[]) id`,
        [sessionId, ids],
      );
      await m.query(
        `INSERT INTO auth_session (token_hash, user_id, expires_at, ip) SELECT h, id, now() + interval '1 day', '127.0.0.1' FROM unnest($1::text[], $2::uuid[]) AS t(h, id)`,
        [tokens.map(sha256), ids],
      );
      usernames.forEach((u, i) => out.push(new SimCandidate(ids[i]!, u, tokens[i]!)));
    });
  }
  return out;
}

/** Papers ahead of the window, by the `assemble-forms` job's own code (checked, exposure counted). */
export async function assemblePapers(ds: DataSource, sessionId: string, log: (pct: number) => void): Promise<number> {
  let last = -1;
  const r = await assembleSessionForms(ds, sessionId, null, async (pct) => {
    if (pct >= last + 20) {
      last = pct;
      log(pct);
    }
  });
  return r.assembled;
}
