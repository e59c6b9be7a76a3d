import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Question bank: a latest-version flag for fast lists, enemy pairs, images, item statistics. */
export class QuestionBank1764300000000 implements MigrationInterface {
  name = 'QuestionBank1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE question_version ADD COLUMN is_latest boolean NOT NULL DEFAULT false`,
      `UPDATE question_version v SET is_latest = true FROM question q WHERE q.id = v.question_id AND q.latest_version = v.version`,
      `CREATE UNIQUE INDEX question_version_one_latest ON question_version (question_id) WHERE is_latest`,
      `CREATE INDEX question_version_latest_list ON question_version (syllabus_node_id, status, type, difficulty) WHERE is_latest`,
      `CREATE INDEX question_version_latest_updated ON question_version (created_at DESC) WHERE is_latest`,
      `CREATE INDEX question_version_stem_norm ON question_version (syllabus_node_id, stem_norm)`,
      `ALTER TABLE question ADD COLUMN syllabus_node_id uuid REFERENCES syllabus_node(id)`,
      `UPDATE question q SET syllabus_node_id = v.syllabus_node_id FROM question_version v WHERE v.question_id = q.id AND v.is_latest`,
      `CREATE INDEX question_node ON question (syllabus_node_id)`,
      // Items that must never stand on the same paper; stored once per pair (a < b).
      `CREATE TABLE question_enemy (
        question_a uuid NOT NULL REFERENCES question(id),
        question_b uuid NOT NULL REFERENCES question(id),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (question_a, question_b),
        CHECK (question_a < question_b)
      )`,
      `CREATE INDEX question_enemy_b ON question_enemy (question_b)`,
      `CREATE TABLE asset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mime text NOT NULL CHECK (mime IN ('image/png','image/jpeg','image/gif','image/webp')),
        content bytea NOT NULL,
        size int NOT NULL,
        sha256 text NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE item_statistic (
        version_id uuid PRIMARY KEY REFERENCES question_version(id),
        times_used int NOT NULL DEFAULT 0,
        facility numeric(6,4),
        discrimination numeric(6,4),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [
      `DROP TABLE IF EXISTS item_statistic`, `DROP TABLE IF EXISTS asset`, `DROP TABLE IF EXISTS question_enemy`,
      `ALTER TABLE question DROP COLUMN IF EXISTS syllabus_node_id`, `DROP INDEX IF EXISTS question_version_stem_norm`,
      `DROP INDEX IF EXISTS question_version_latest_updated`, `DROP INDEX IF EXISTS question_version_latest_list`,
      `DROP INDEX IF EXISTS question_version_one_latest`, `ALTER TABLE question_version DROP COLUMN IF EXISTS is_latest`,
    ]) await q.query(sql);
  }
}
