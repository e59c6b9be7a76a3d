import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Competency model versions, the versioned decision policy, rating campaigns and ratings,
 * level decisions (pinning the model and policy versions they were computed with), appeals and
 * certificates. Plain SQL that PostgreSQL 15 and PGlite both accept. */
export class RatingsAndDecisions1764900000000 implements MigrationInterface {
  name = 'RatingsAndDecisions1764900000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      // 动态调整: an edit is a new version based on the previous one; one active version per track.
      `ALTER TABLE competency_model ADD COLUMN based_on_id uuid REFERENCES competency_model(id)`,
      `CREATE UNIQUE INDEX competency_model_one_active ON competency_model (track_id) WHERE status = 'active'`,
      `CREATE INDEX competency_item_model ON competency_item (model_id, seq)`,
      `CREATE TABLE decision_policy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version int NOT NULL UNIQUE CHECK (version >= 1),
        value jsonb NOT NULL,
        provenance text NOT NULL CHECK (provenance IN ('default','organisation')),
        reason text NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE rating_campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        target_level int NOT NULL CHECK (target_level BETWEEN 1 AND 4),
        model_id uuid NOT NULL REFERENCES competency_model(id),
        policy_id uuid NOT NULL REFERENCES decision_policy(id),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','cancelled')),
        due_at timestamptz,
        note text,
        batch_id uuid,
        cancel_reason text,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
      )`,
      `CREATE INDEX rating_campaign_candidate ON rating_campaign (candidate_id, track_id, created_at DESC)`,
      `CREATE INDEX rating_campaign_created ON rating_campaign (created_at DESC)`,
      `CREATE TABLE rating (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES rating_campaign(id),
        rater_id uuid NOT NULL REFERENCES app_user(id),
        relation text NOT NULL CHECK (relation IN ('supervisor','peer','self')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','draft','submitted')),
        saved_at timestamptz,
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, rater_id),
        CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
      )`,
      // Exactly one supervisor per campaign (the service checks "at least one").
      `CREATE UNIQUE INDEX rating_one_supervisor ON rating (campaign_id) WHERE relation = 'supervisor'`,
      `CREATE INDEX rating_rater ON rating (rater_id, status)`,
      `CREATE TABLE rating_item (
        rating_id uuid NOT NULL REFERENCES rating(id),
        item_id uuid NOT NULL REFERENCES competency_item(id),
        level int NOT NULL CHECK (level BETWEEN 0 AND 4),
        observed_indicator_ids jsonb,
        proposed_level int CHECK (proposed_level BETWEEN 0 AND 4),
        evidence text,
        reason text,
        PRIMARY KEY (rating_id, item_id)
      )`,
      `CREATE TABLE level_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        target_level int NOT NULL CHECK (target_level BETWEEN 1 AND 4),
        status text NOT NULL CHECK (status IN ('pending_approval','approved','rejected')),
        recommendation jsonb NOT NULL,
        recommended boolean NOT NULL,
        model_id uuid NOT NULL REFERENCES competency_model(id),
        policy_id uuid NOT NULL REFERENCES decision_policy(id),
        campaign_id uuid REFERENCES rating_campaign(id),
        attempt_id uuid REFERENCES attempt(id),
        session_id uuid REFERENCES exam_session(id),
        batch_job_id uuid,
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        comment text,
        override_reason text,
        reject_reason text,
        effective_at timestamptz,
        appeal_id uuid,
        CHECK ((status = 'pending_approval') = (decided_at IS NULL)),
        CHECK (status <> 'rejected' OR reject_reason IS NOT NULL),
        CHECK (status <> 'approved' OR effective_at IS NOT NULL),
        CHECK (decided_by IS NULL OR decided_by <> candidate_id)
      )`,
      // One open request per candidate, track and level.
      `CREATE UNIQUE INDEX level_decision_one_pending ON level_decision (candidate_id, track_id, target_level) WHERE status = 'pending_approval'`,
      `CREATE INDEX level_decision_candidate ON level_decision (candidate_id, track_id, requested_at DESC)`,
      `CREATE INDEX level_decision_status ON level_decision (status, requested_at DESC)`,
      `CREATE TABLE appeal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL UNIQUE REFERENCES level_decision(id),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        text text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','granted','dismissed')),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'open') = (decided_at IS NULL))
      )`,
      `CREATE INDEX appeal_status ON appeal (status, created_at)`,
      `ALTER TABLE level_decision ADD CONSTRAINT level_decision_appeal_fk FOREIGN KEY (appeal_id) REFERENCES appeal(id)`,
      `ALTER TABLE candidate_level ADD COLUMN revoked_at timestamptz`,
      `ALTER TABLE candidate_level ADD CONSTRAINT candidate_level_decision_fk FOREIGN KEY (decision_id) REFERENCES level_decision(id)`,
      `CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        decision_id uuid NOT NULL UNIQUE REFERENCES level_decision(id),
        candidate_level_id uuid NOT NULL REFERENCES candidate_level(id),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        level int NOT NULL CHECK (level BETWEEN 1 AND 4),
        holder_name text NOT NULL,
        track_name text NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        effective_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES app_user(id),
        revoke_reason text,
        CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
      )`,
      `CREATE INDEX certificate_candidate ON certificate (candidate_id, issued_at DESC)`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS certificate`);
    await q.query(`ALTER TABLE candidate_level DROP CONSTRAINT IF EXISTS candidate_level_decision_fk`);
    await q.query(`ALTER TABLE candidate_level DROP COLUMN IF EXISTS revoked_at`);
    await q.query(`ALTER TABLE level_decision DROP CONSTRAINT IF EXISTS level_decision_appeal_fk`);
    for (const t of ['appeal', 'level_decision', 'rating_item', 'rating', 'rating_campaign', 'decision_policy']) await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query(`DROP INDEX IF EXISTS competency_item_model`);
    await q.query(`DROP INDEX IF EXISTS competency_model_one_active`);
    await q.query(`ALTER TABLE competency_model DROP COLUMN IF EXISTS based_on_id`);
  }
}
