import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-item scores of an attempt and the marking tasks of its subjective items. */
export class Grading1764600000000 implements MigrationInterface {
  name = 'Grading1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE attempt_item_score (
      attempt_id uuid NOT NULL REFERENCES attempt(id),
      item_id text NOT NULL,
      version_id uuid NOT NULL REFERENCES question_version(id),
      area_id uuid NOT NULL,
      max_cents int NOT NULL,
      earned_cents int,
      status text NOT NULL CHECK (status IN ('scored','pending_marking')),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (attempt_id, item_id)
    )`);
    await q.query(`CREATE TABLE marking_task (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      attempt_id uuid NOT NULL REFERENCES attempt(id),
      item_id text NOT NULL,
      version_id uuid NOT NULL REFERENCES question_version(id),
      round int NOT NULL DEFAULT 1,
      max_points numeric(7,2) NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
      assignee_id uuid REFERENCES app_user(id),
      scores jsonb,
      comment text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (attempt_id, item_id, round)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS marking_task`);
    await q.query(`DROP TABLE IF EXISTS attempt_item_score`);
  }
}
