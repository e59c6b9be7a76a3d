import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Blueprints (比重表 + paper structure) per track and level, versioned; one active at a time. */
export class Blueprints1764400000000 implements MigrationInterface {
  name = 'Blueprints1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE blueprint (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      track_id uuid NOT NULL REFERENCES track(id),
      level int NOT NULL CHECK (level BETWEEN 1 AND 4),
      version int NOT NULL,
      status text NOT NULL CHECK (status IN ('draft','active','retired')),
      name text NOT NULL,
      body jsonb NOT NULL,
      provenance text NOT NULL DEFAULT 'organisation',
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      activated_by uuid REFERENCES app_user(id),
      activated_at timestamptz,
      UNIQUE (track_id, level, version)
    )`);
    await q.query(`CREATE UNIQUE INDEX blueprint_one_active ON blueprint (track_id, level) WHERE status = 'active'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS blueprint`);
  }
}
