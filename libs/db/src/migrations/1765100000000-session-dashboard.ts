import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The session dashboard and its policies: a retake policy per session (stored when the session
 * is created, so a later change of the eligibility setting does not alter it), focus-loss events
 * reported by the sitting page, and the index that enrolment by org unit walks. */
export class SessionDashboard1765100000000 implements MigrationInterface {
  name = 'SessionDashboard1765100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [
      `ALTER TABLE exam_session ADD COLUMN retake_allowed boolean NOT NULL DEFAULT true`,
      `ALTER TABLE exam_session ADD COLUMN retake_interval_months int NOT NULL DEFAULT 3 CHECK (retake_interval_months BETWEEN 0 AND 60)`,
      `CREATE TABLE focus_event (
        id bigserial PRIMARY KEY,
        attempt_id uuid NOT NULL REFERENCES attempt(id),
        kind text NOT NULL CHECK (kind IN ('blur','hidden')),
        at timestamptz NOT NULL DEFAULT now(),
        -- one event per attempt per 5-second bucket: a blur and a hidden tab fired together, or a
        -- client sending in a loop, count once (the unique index de-duplicates atomically)
        bucket bigint NOT NULL
      )`,
      `CREATE UNIQUE INDEX focus_event_attempt_bucket ON focus_event (attempt_id, bucket)`,
      `CREATE INDEX app_user_org_unit ON app_user (org_unit_id)`,
    ]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS app_user_org_unit`);
    await q.query(`DROP TABLE IF EXISTS focus_event`);
    await q.query(`ALTER TABLE exam_session DROP COLUMN IF EXISTS retake_interval_months`);
    await q.query(`ALTER TABLE exam_session DROP COLUMN IF EXISTS retake_allowed`);
  }
}
