import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Marking (double marking with arbitration), publication and regrades. */
export class MarkingAndResults1764800000000 implements MigrationInterface {
  name = 'MarkingAndResults1764800000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [
      // A mean of two marks or a rubric scaled to the item's points may fall between cents:
      // exact decimals, rounded only in the final 百分制 score.
      `ALTER TABLE attempt_item_score ALTER COLUMN earned_cents TYPE numeric(14,4)`,
      `ALTER TABLE marking_task ADD COLUMN points numeric(12,4)`,
      `ALTER TABLE marking_task ADD COLUMN assigned_at timestamptz`,
      `ALTER TABLE marking_task ADD COLUMN assigned_by uuid REFERENCES app_user(id)`,
      `ALTER TABLE marking_task ADD COLUMN marked_at timestamptz`,
      `ALTER TABLE marking_task ADD CONSTRAINT marking_task_round CHECK (round BETWEEN 1 AND 3)`,
      `ALTER TABLE marking_task ADD CONSTRAINT marking_task_done_scored CHECK (status = 'open' OR (points IS NOT NULL AND assignee_id IS NOT NULL AND marked_at IS NOT NULL))`,
      `CREATE INDEX marking_task_open ON marking_task (status, assignee_id, created_at)`,
      `CREATE INDEX marking_task_attempt ON marking_task (attempt_id, item_id)`,
      `ALTER TABLE exam_session ADD COLUMN published_by uuid REFERENCES app_user(id)`,
      `CREATE INDEX attempt_session_status ON attempt (session_id, status)`,
      `CREATE TABLE regrade (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES exam_session(id),
        status text NOT NULL DEFAULT 'previewing' CHECK (status IN ('previewing','ready','applied','cancelled','failed')),
        version_map jsonb NOT NULL DEFAULT '{}',
        changes jsonb,
        job_id uuid,
        requested_by uuid NOT NULL REFERENCES app_user(id),
        applied_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        applied_at timestamptz
      )`,
      `CREATE INDEX regrade_session ON regrade (session_id, created_at DESC)`,
    ]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS regrade`);
    await q.query(`DROP INDEX IF EXISTS attempt_session_status`);
    await q.query(`ALTER TABLE exam_session DROP COLUMN IF EXISTS published_by`);
    await q.query(`DROP INDEX IF EXISTS marking_task_attempt`);
    await q.query(`DROP INDEX IF EXISTS marking_task_open`);
    await q.query(`ALTER TABLE marking_task DROP CONSTRAINT IF EXISTS marking_task_done_scored`);
    await q.query(`ALTER TABLE marking_task DROP CONSTRAINT IF EXISTS marking_task_round`);
    for (const c of ['marked_at', 'assigned_by', 'assigned_at', 'points']) await q.query(`ALTER TABLE marking_task DROP COLUMN IF EXISTS ${c}`);
    await q.query(`ALTER TABLE attempt_item_score ALTER COLUMN earned_cents TYPE int USING round(earned_cents)::int`);
  }
}
