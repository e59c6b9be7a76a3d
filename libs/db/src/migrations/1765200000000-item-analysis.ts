import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Item analysis pooled per question version reads item scores by version; the admins' failed
 * job list reads failed rows newest first. */
export class ItemAnalysis1765200000000 implements MigrationInterface {
  name = 'ItemAnalysis1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX attempt_item_score_version ON attempt_item_score (version_id)`);
    await q.query(`CREATE INDEX job_failed_recent ON job (updated_at DESC) WHERE state = 'failed'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS job_failed_recent`);
    await q.query(`DROP INDEX IF EXISTS attempt_item_score_version`);
  }
}
