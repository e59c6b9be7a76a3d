import { createTestDatabase, type TestDatabase } from '../testing';
import { findReferenceDataDir } from './reference';
import { seedDemoData } from './seed-demo';
import { seedReferenceData } from './seed-reference';

const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = process.env.TEST_RUN_ID ?? `local${Date.now().toString(36)}`;

async function counts(db: TestDatabase) {
  const [row] = await db.ds.query(`SELECT
    (SELECT count(*)::int FROM track) AS tracks, (SELECT count(*)::int FROM syllabus_node) AS nodes,
    (SELECT count(*)::int FROM setting) AS settings, (SELECT count(*)::int FROM competency_item) AS items,
    (SELECT count(*)::int FROM competency_standard) AS standards, (SELECT count(*)::int FROM app_user) AS users,
    (SELECT count(*)::int FROM question_version) AS questions, (SELECT count(*)::int FROM training_record) AS training,
    (SELECT count(*)::int FROM candidate_level) AS levels, (SELECT count(*)::int FROM org_unit) AS orgs`);
  return row;
}

describe('seeding (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, runId);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('loads reference data and the demo dataset, and a second run changes nothing', async () => {
    const dir = findReferenceDataDir(__dirname);
    const first = await seedReferenceData(db.ds, dir);
    expect(first.tracks).toBe(2);
    expect(first.competencyModels).toBe(2);
    expect(first.blueprints).toBe(8);
    const demo = await seedDemoData(db.ds, 'Demo-Seed-Pass-1');
    expect(demo.users).toBe(11);
    expect(demo.questions).toBeGreaterThanOrEqual(300);
    const before = await counts(db);
    expect(before).toMatchObject({ tracks: 2, items: 36, standards: 144 });

    const again = await seedReferenceData(db.ds, dir);
    expect(again).toEqual({ tracks: 0, syllabusNodes: 0, settings: 0, competencyModels: 0, blueprints: 0 });
    const demoAgain = await seedDemoData(db.ds, 'Demo-Seed-Pass-1');
    expect(demoAgain).toEqual({ orgUnits: 0, users: 0, trainingRecords: 0, legacyLevels: 0, questions: 0 });
    expect(await counts(db)).toEqual(before);
  });

  it('never overwrites an organisation edit of a setting or a node', async () => {
    await db.ds.query(`INSERT INTO setting (key, version, value, provenance, note) VALUES ('sitting', 2, '{"grace_seconds": 45, "autosave_max_interval_seconds": 10}', 'organisation', 'edit')`);
    await db.ds.query(`UPDATE syllabus_node SET title = '服务礼仪(本单位修订)' WHERE code = 'VIP-1.2.1'`);
    await seedReferenceData(db.ds, findReferenceDataDir(__dirname));
    const [s] = await db.ds.query(`SELECT max(version)::int AS v FROM setting WHERE key = 'sitting'`);
    const [n] = await db.ds.query(`SELECT title FROM syllabus_node WHERE code = 'VIP-1.2.1'`);
    expect(s.v).toBe(2);
    expect(n.title).toBe('服务礼仪(本单位修订)');
  });

  it('gives every demo candidate 30 hours at level 1 of both tracks', async () => {
    const rows: { username: string; code: string; hours: string }[] = await db.ds.query(`
      SELECT u.username, t.code, sum(r.hours) AS hours FROM training_record r JOIN app_user u ON u.id = r.candidate_id JOIN track t ON t.id = r.track_id
      WHERE r.level = 1 GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => Number(r.hours) === 30)).toBe(true);
  });

  it('keeps the audit log append-only: UPDATE and DELETE are refused by the database', async () => {
    await db.ds.query(`INSERT INTO audit_event (action, entity_type, entity_id) VALUES ('test.event', 'test', '1')`);
    await expect(db.ds.query(`UPDATE audit_event SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(db.ds.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    const [{ n }] = await db.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'forged'`);
    expect(n).toBe(0);
  });
});
