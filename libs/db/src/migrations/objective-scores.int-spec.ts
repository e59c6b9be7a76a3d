import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { seedSubmittedAttempts } from '../testing/grading-fixture';
import { queryRows } from '../sql';

const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = process.env.TEST_RUN_ID ?? `local${Date.now().toString(36)}`;

interface ScoreRow {
  attempt_id: string;
  item_id: string;
  version_id: string;
  area_id: string;
  max_cents: number;
  earned_cents: string | null;
  status: string;
}

/** Attempts graded before the migration keep every item score: objective rows move into the
 * attempt's jsonb (and back on down), the rows of items people mark stay rows. */
describe('migration ObjectiveScores1765300000000 (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, runId);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('moves graded objective rows into attempt.objective_scores without changing what item_score reads, and back', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 3, items: 10, rightShare: 0.5 });
    // it-10 becomes a 简答 awaiting marking, as grading left it before.
    await db.ds.query(`UPDATE exam_form SET items = (SELECT jsonb_agg(CASE WHEN fi->>'id' = 'it-10' THEN jsonb_set(fi, '{type}', '"short"') ELSE fi END ORDER BY n) FROM jsonb_array_elements(items) WITH ORDINALITY x(fi, n)) WHERE id = $1`, [fx.formId]);
    await db.ds.undoLastMigration({ transaction: 'each' });
    // As the grader of ADR 0012 wrote them: one row per item.
    await db.ds.query(
      `INSERT INTO attempt_item_score (attempt_id, item_id, version_id, area_id, max_cents, earned_cents, status)
       SELECT a.id, fi->>'id', (fi->>'versionId')::uuid, (fi->>'areaId')::uuid, 1000,
              CASE WHEN fi->>'type' = 'short' THEN NULL ELSE (abs(hashtext(a.id::text || (fi->>'id'))) % 2) * 1000 END,
              CASE WHEN fi->>'type' = 'short' THEN 'pending_marking' ELSE 'scored' END
       FROM attempt a JOIN exam_form f ON f.id = a.form_id CROSS JOIN LATERAL jsonb_array_elements(f.items) fi WHERE a.session_id = $1`,
      [fx.sessionId],
    );
    await db.ds.query(`UPDATE attempt SET status = 'marking' WHERE session_id = $1`, [fx.sessionId]);
    const cols = 'attempt_id, item_id, version_id, area_id, max_cents, earned_cents::numeric::text AS earned_cents, status';
    const order = 'ORDER BY attempt_id, item_id';
    const before = await queryRows<ScoreRow>(db.ds, `SELECT ${cols} FROM attempt_item_score WHERE attempt_id = ANY($1::uuid[]) ${order}`, [fx.attemptIds]);
    expect(before).toHaveLength(30);

    await db.ds.runMigrations({ transaction: 'each' });
    const after = await queryRows<ScoreRow>(db.ds, `SELECT ${cols} FROM item_score WHERE attempt_id = ANY($1::uuid[]) ${order}`, [fx.attemptIds]);
    expect(after.map((r) => ({ ...r, earned_cents: r.earned_cents === null ? null : Number(r.earned_cents) }))).toEqual(before.map((r) => ({ ...r, earned_cents: r.earned_cents === null ? null : Number(r.earned_cents) })));
    const rows = await queryRows<{ item_id: string; status: string }>(db.ds, `SELECT item_id, status FROM attempt_item_score WHERE attempt_id = ANY($1::uuid[])`, [fx.attemptIds]);
    expect(rows).toEqual(fx.attemptIds.map(() => ({ item_id: 'it-10', status: 'pending_marking' })));
    const [{ keys }] = await queryRows<{ keys: number }>(db.ds, `SELECT (SELECT count(*)::int FROM jsonb_object_keys(objective_scores)) AS keys FROM attempt WHERE id = $1`, [fx.attemptIds[0]]);
    expect(keys).toBe(9);

    await db.ds.undoLastMigration({ transaction: 'each' });
    const restored = await queryRows<ScoreRow>(db.ds, `SELECT ${cols} FROM attempt_item_score WHERE attempt_id = ANY($1::uuid[]) ${order}`, [fx.attemptIds]);
    expect(restored.map((r) => ({ ...r, earned_cents: r.earned_cents === null ? null : Number(r.earned_cents) }))).toEqual(before.map((r) => ({ ...r, earned_cents: r.earned_cents === null ? null : Number(r.earned_cents) })));
    await db.ds.runMigrations({ transaction: 'each' });
  });
});
