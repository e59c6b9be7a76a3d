import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for the question bank list at 50,000 questions (bench:bank, quality-bars G8):
 * trigram search on the normalised stem, array containment for tags/usage, and the sorts. */
export class QuestionListIndexes1764700000000 implements MigrationInterface {
  name = 'QuestionListIndexes1764700000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [
      `CREATE EXTENSION IF NOT EXISTS pg_trgm`,
      `CREATE INDEX question_version_latest_stem_norm_trgm ON question_version USING gin (stem_norm gin_trgm_ops) WHERE is_latest`,
      `CREATE INDEX question_version_latest_tags ON question_version USING gin (tags) WHERE is_latest`,
      `CREATE INDEX question_version_latest_usage ON question_version USING gin (usage) WHERE is_latest`,
      `CREATE INDEX question_version_latest_difficulty ON question_version (difficulty, created_at DESC, id) WHERE is_latest`,
      `CREATE INDEX question_version_latest_difficulty_desc ON question_version (difficulty DESC, created_at DESC, id) WHERE is_latest`,
      `CREATE INDEX question_version_latest_node_created ON question_version (syllabus_node_id, created_at DESC, id) WHERE is_latest`,
    ]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['stem_norm_trgm', 'tags', 'usage', 'difficulty', 'difficulty_desc', 'node_created']) await q.query(`DROP INDEX IF EXISTS question_version_latest_${name}`);
  }
}
