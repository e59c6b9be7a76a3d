import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The points of an attempt's objective items are one jsonb object on the attempt (item id →
 * earned cents) instead of ~100 rows: grading writes one row per submission (ADR 0013).
 * `attempt_item_score` keeps the items people mark. The view `item_score` is every item score
 * of an attempt in one shape — objective items take their version, area and points from the
 * paper, which regrade keeps pointing at the corrected version — so readers see no difference.
 * Item statistics find a question version's attempts through the papers that hold it (GIN,
 * then attempts by paper). */
export class ObjectiveScores1765300000000 implements MigrationInterface {
  name = 'ObjectiveScores1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt ADD COLUMN objective_scores jsonb`);
    await q.query(`
      UPDATE attempt a SET objective_scores = x.scores
      FROM (SELECT s.attempt_id, jsonb_object_agg(s.item_id, s.earned_cents) AS scores
            FROM attempt_item_score s JOIN attempt a2 ON a2.id = s.attempt_id JOIN exam_form f ON f.id = a2.form_id
            CROSS JOIN LATERAL jsonb_array_elements(f.items) fi
            WHERE fi->>'id' = s.item_id AND fi->>'type' NOT IN ('short', 'case')
            GROUP BY s.attempt_id) x
      WHERE a.id = x.attempt_id`);
    await q.query(`
      DELETE FROM attempt_item_score s USING attempt a, exam_form f, jsonb_array_elements(f.items) fi
      WHERE a.id = s.attempt_id AND f.id = a.form_id AND fi->>'id' = s.item_id AND fi->>'type' NOT IN ('short', 'case')`);
    // Per attempt (LATERAL): its jsonb is read once, and a filter on attempt_id, session_id or
    // form_id reaches both branches (and their indexes) instead of expanding every attempt.
    await q.query(`
      CREATE VIEW item_score AS
        SELECT a.id AS attempt_id, a.session_id, a.form_id, x.item_id, x.version_id, x.area_id, x.max_cents, x.earned_cents, 'scored'::text AS status
        FROM attempt a CROSS JOIN LATERAL (
          SELECT fi->>'id' AS item_id, (fi->>'versionId')::uuid AS version_id, (fi->>'areaId')::uuid AS area_id,
                 round((fi->>'points')::numeric * 100)::int AS max_cents, e.value::numeric AS earned_cents
          FROM exam_form f CROSS JOIN LATERAL jsonb_array_elements(f.items) fi JOIN jsonb_each_text(a.objective_scores) e ON e.key = fi->>'id'
          WHERE f.id = a.form_id) x
        WHERE a.objective_scores IS NOT NULL
        UNION ALL
        SELECT t.attempt_id, a.session_id, a.form_id, t.item_id, t.version_id, t.area_id, t.max_cents, t.earned_cents, t.status
        FROM attempt_item_score t JOIN attempt a ON a.id = t.attempt_id`);
    await q.query(`CREATE INDEX exam_form_items_path ON exam_form USING gin (items jsonb_path_ops)`);
    await q.query(`CREATE INDEX attempt_form ON attempt (form_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS attempt_form`);
    await q.query(`DROP INDEX IF EXISTS exam_form_items_path`);
    await q.query(`DROP VIEW IF EXISTS item_score`);
    await q.query(`
      INSERT INTO attempt_item_score (attempt_id, item_id, version_id, area_id, max_cents, earned_cents, status)
      SELECT a.id, fi->>'id', (fi->>'versionId')::uuid, (fi->>'areaId')::uuid, round((fi->>'points')::numeric * 100)::int, (a.objective_scores->>(fi->>'id'))::numeric, 'scored'
      FROM attempt a JOIN exam_form f ON f.id = a.form_id CROSS JOIN LATERAL jsonb_array_elements(f.items) fi
      WHERE a.objective_scores ? (fi->>'id')
      ON CONFLICT (attempt_id, item_id) DO NOTHING`);
    await q.query(`ALTER TABLE attempt DROP COLUMN objective_scores`);
  }
}
