import type { DataSource, EntityManager } from 'typeorm';
import { normaliseStem } from '@cm/domain';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../users/password-hasher';
import { DEMO_CANDIDATES, DEMO_ORG_UNITS, DEMO_PEOPLE } from './demo/demo-people';
import { DEMO_QUESTIONS } from './demo/questions';

export interface DemoReport {
  orgUnits: number;
  users: number;
  trainingRecords: number;
  legacyLevels: number;
  questions: number;
}

const DAY = 24 * 3600 * 1000;

/** Adds the demo dataset idempotently (everything keyed by natural keys). Reference data
 * must be seeded first. `now` is passed in so that dates are relative to the first run. */
export async function seedDemoData(ds: DataSource, password: string, now: Date = new Date()): Promise<DemoReport> {
  const passwordHash = await hashPassword(password);
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(7262003)`);
    const report: DemoReport = { orgUnits: 0, users: 0, trainingRecords: 0, legacyLevels: 0, questions: 0 };
    const orgIds = await seedOrgUnits(m, report);
    const userIds = new Map<string, string>();
    for (const p of DEMO_PEOPLE) {
      const rows: { id: string }[] = await m.query(`SELECT id FROM app_user WHERE lower(username) = $1`, [p.username]);
      if (rows[0]) {
        userIds.set(p.username, rows[0].id);
        continue;
      }
      const [{ id }] = await m.query(
        `INSERT INTO app_user (username, password_hash, display_name, roles, org_unit_id, profile) VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id`,
        [p.username, passwordHash, p.displayName, p.roles, orgIds.get(p.org), JSON.stringify(p.profile)],
      );
      userIds.set(p.username, id);
      report.users++;
    }
    const tracks: { id: string; code: string }[] = await m.query(`SELECT id, code FROM track ORDER BY code`);
    const officer = userIds.get('officer1')!;
    await seedTraining(m, tracks, userIds, officer, now, report);
    await seedLegacyLevel(m, tracks, userIds, officer, now, report);
    await seedQuestions(m, userIds, now, report);
    await recordAudit(m, { actorId: null, action: 'demo.seeded', entityType: 'system', entityId: 'demo', data: { ...report } });
    return report;
  });
}

async function seedOrgUnits(m: EntityManager, report: DemoReport): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [position, o] of DEMO_ORG_UNITS.entries()) {
    const parentId = o.parent ? ids.get(o.parent)! : null;
    const found: { id: string }[] = await m.query(`SELECT id FROM org_unit WHERE name = $1 AND parent_id IS NOT DISTINCT FROM $2`, [o.name, parentId]);
    if (found[0]) {
      ids.set(o.key, found[0].id);
      continue;
    }
    const [{ id }] = await m.query(`INSERT INTO org_unit (name, kind, parent_id, position) VALUES ($1, $2, $3, $4) RETURNING id`, [o.name, o.kind, parentId, position]);
    ids.set(o.key, id);
    report.orgUnits++;
  }
  return ids;
}

/** Every demo candidate has 30 training hours at level 1 of both tracks; candidate3 also has
 * the 24 hours of level 2 of the VIP track (product.md). */
async function seedTraining(m: EntityManager, tracks: { id: string; code: string }[], users: Map<string, string>, officer: string, now: Date, report: DemoReport) {
  const records: { user: string; trackId: string; level: number; hours: number; title: string; at: Date }[] = [];
  for (const c of DEMO_CANDIDATES) {
    for (const t of tracks) {
      const name = t.code === 'vip-service-manager' ? 'VIP客户服务经理' : '政企客户销售经理';
      records.push({ user: c, trackId: t.id, level: 1, hours: 18, title: `${name}四级岗位技能培训(集中面授)`, at: new Date(now.getTime() - 120 * DAY) });
      records.push({ user: c, trackId: t.id, level: 1, hours: 12, title: `${name}四级在线课程与自学`, at: new Date(now.getTime() - 90 * DAY) });
    }
  }
  const vip = tracks.find((t) => t.code === 'vip-service-manager')!;
  records.push({ user: 'candidate3', trackId: vip.id, level: 2, hours: 24, title: 'VIP客户服务经理三级岗位技能培训', at: new Date(now.getTime() - 60 * DAY) });
  for (const r of records) {
    const candidateId = users.get(r.user)!;
    const rows = await m.query(
      `INSERT INTO training_record (candidate_id, track_id, level, hours, title, completed_at, recorded_by)
       SELECT $1, $2, $3, $4, $5, $6, $7 WHERE NOT EXISTS (SELECT 1 FROM training_record WHERE candidate_id = $1 AND track_id = $2 AND level = $3 AND title = $5) RETURNING id`,
      [candidateId, r.trackId, r.level, r.hours, r.title, r.at, officer],
    );
    if (rows.length) report.trainingRecords++;
  }
}

/** candidate3 holds a 四级 (level 1) VIP certificate from 14 months ago, so is eligible for 三级. */
async function seedLegacyLevel(m: EntityManager, tracks: { id: string; code: string }[], users: Map<string, string>, officer: string, now: Date, report: DemoReport) {
  const vip = tracks.find((t) => t.code === 'vip-service-manager')!;
  const candidateId = users.get('candidate3')!;
  const rows = await m.query(
    `INSERT INTO candidate_level (candidate_id, track_id, level, effective_at, source, reason, recorded_by)
     SELECT $1, $2, 1, $3, 'legacy', $4, $5 WHERE NOT EXISTS (SELECT 1 FROM candidate_level WHERE candidate_id = $1 AND track_id = $2 AND level = 1) RETURNING id`,
    [candidateId, vip.id, new Date(now.getTime() - 425 * DAY), '平台上线前取得的四级证书(示例数据)', officer],
  );
  if (rows.length) report.legacyLevels++;
}

/** The demo bank: active version 1 of every question, authored by one trainer and approved by the other. */
async function seedQuestions(m: EntityManager, users: Map<string, string>, now: Date, report: DemoReport) {
  const nodes: { id: string; code: string; track_id: string }[] = await m.query(`SELECT id, code, track_id FROM syllabus_node`);
  const nodeByCode = new Map(nodes.map((n) => [n.code, n]));
  const existing: { node: string; norm: string }[] = await m.query(`SELECT syllabus_node_id AS node, stem_norm AS norm FROM question_version`);
  const have = new Set(existing.map((e) => `${e.node}|${e.norm}`));
  const [t1, t2] = [users.get('trainer1')!, users.get('trainer2')!];
  for (const [i, q] of DEMO_QUESTIONS.entries()) {
    const node = nodeByCode.get(q.chapterCode);
    if (!node) throw new Error(`demo question ${i}: unknown chapter ${q.chapterCode}`);
    const norm = normaliseStem(q.stem);
    if (have.has(`${node.id}|${norm}`)) continue;
    have.add(`${node.id}|${norm}`);
    const [author, reviewer] = i % 2 === 0 ? [t1, t2] : [t2, t1];
    const [{ id: questionId }] = await m.query(
      `INSERT INTO question (track_id, author_id, status, latest_version, syllabus_node_id) VALUES ($1, $2, 'active', 1, $3) RETURNING id`,
      [node.track_id, author, node.id],
    );
    const [{ id: versionId }] = await m.query(
      `INSERT INTO question_version (question_id, version, syllabus_node_id, type, stem, stem_norm, options, answer, difficulty, requirement,
         explanation, rubric, tags, usage, status, author_id, reviewed_by, reviewed_at, is_latest)
       VALUES ($1, 1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, $11::jsonb, $12, $13, 'active', $14, $15, $16, true) RETURNING id`,
      [questionId, node.id, q.type, q.stem, norm, q.options ? JSON.stringify(q.options) : null, q.answer === undefined ? null : JSON.stringify(q.answer),
        q.difficulty, q.requirement, q.explanation, q.rubric ? JSON.stringify(q.rubric) : null, q.tags ?? [], q.usage, author, reviewer, now],
    );
    await m.query(`UPDATE question SET active_version_id = $2 WHERE id = $1`, [questionId, versionId]);
    report.questions++;
  }
}
