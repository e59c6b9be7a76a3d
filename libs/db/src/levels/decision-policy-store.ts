import type { DataSource, EntityManager } from 'typeorm';
import { type DecisionPolicy, policyFromSettings } from '@cm/domain';
import { queryRows } from '../sql';

export interface PolicyVersion {
  id: string;
  version: number;
  value: DecisionPolicy;
  provenance: 'default' | 'organisation';
  reason: string;
  createdBy: string | null;
  createdAt: Date;
}

type Row = { id: string; version: number; value: DecisionPolicy; provenance: 'default' | 'organisation'; reason: string; created_by: string | null; created_at: Date };
const toVersion = (r: Row): PolicyVersion => ({ id: r.id, version: r.version, value: r.value, provenance: r.provenance, reason: r.reason, createdBy: r.created_by, createdAt: new Date(r.created_at) });

/** The policy in force: the latest version. Version 1 is written on first use from the
 * `competency`, `decision_policy` and `eligibility` settings in force then (defaults.yaml's
 * labelled defaults, or an officer's edits of them), so an existing database needs no re-seed. */
export async function currentPolicy(db: DataSource | EntityManager): Promise<PolicyVersion> {
  const [latest] = await queryRows<Row>(db, `SELECT * FROM decision_policy ORDER BY version DESC LIMIT 1`);
  if (latest) return toVersion(latest);
  const settings = await queryRows<{ key: string; value: unknown }>(
    db,
    `SELECT DISTINCT ON (key) key, value FROM setting WHERE key IN ('competency', 'decision_policy', 'eligibility') ORDER BY key, version DESC`,
  );
  const of = (k: string) => settings.find((s) => s.key === k)?.value;
  const value = policyFromSettings(of('competency'), of('decision_policy'), of('eligibility'));
  await db.query(
    `INSERT INTO decision_policy (version, value, provenance, reason) VALUES (1, $1::jsonb, 'default', $2) ON CONFLICT (version) DO NOTHING`,
    [JSON.stringify(value), '默认值(defaults.yaml 的 competency / decision_policy / eligibility.appeal_window_days,非来源文本,可由认证管理员修改)'],
  );
  const [first] = await queryRows<Row>(db, `SELECT * FROM decision_policy ORDER BY version DESC LIMIT 1`);
  return toVersion(first!);
}

export async function policyVersionById(db: DataSource | EntityManager, id: string): Promise<PolicyVersion> {
  const [row] = await queryRows<Row>(db, `SELECT * FROM decision_policy WHERE id = $1`, [id]);
  if (!row) throw new Error(`decision policy ${id} not found`);
  return toVersion(row);
}

export async function policyVersions(db: DataSource | EntityManager): Promise<PolicyVersion[]> {
  await currentPolicy(db);
  return (await queryRows<Row>(db, `SELECT * FROM decision_policy ORDER BY version ASC`)).map(toVersion);
}

/** Adds a version; the caller audits it in the same transaction. */
export async function addPolicyVersion(m: EntityManager, value: DecisionPolicy, reason: string, actorId: string): Promise<PolicyVersion> {
  const current = await currentPolicy(m);
  await m.query(`SELECT id FROM decision_policy WHERE id = $1 FOR UPDATE`, [current.id]);
  const [row] = await queryRows<Row>(
    m,
    `INSERT INTO decision_policy (version, value, provenance, reason, created_by) VALUES ((SELECT max(version) + 1 FROM decision_policy), $1::jsonb, 'organisation', $2, $3) RETURNING *`,
    [JSON.stringify(value), reason, actorId],
  );
  return toVersion(row!);
}
