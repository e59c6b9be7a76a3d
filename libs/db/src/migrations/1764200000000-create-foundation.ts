import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Foundation schema: users, org units, sessions, reference data, questions, settings, jobs,
 * the append-only audit log. Plain SQL that PostgreSQL 15 and PGlite both accept. */
export class CreateFoundation1764200000000 implements MigrationInterface {
  name = 'CreateFoundation1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE org_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES org_unit(id),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('province','city','county')),
        position int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX org_unit_sibling_name ON org_unit (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), name)`,
      `CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        roles text[] NOT NULL,
        org_unit_id uuid REFERENCES org_unit(id),
        active boolean NOT NULL DEFAULT true,
        must_change_password boolean NOT NULL DEFAULT false,
        profile jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX app_user_username_lower ON app_user (lower(username))`,
      `CREATE INDEX app_user_roles ON app_user USING gin (roles)`,
      `CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX auth_session_user ON auth_session (user_id)`,
      `CREATE TABLE login_failure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL
      )`,
      `CREATE INDEX login_failure_key ON login_failure (username, ip, at)`,
      `CREATE TABLE track (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        levels jsonb NOT NULL
      )`,
      `CREATE TABLE syllabus_node (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        track_id uuid NOT NULL REFERENCES track(id),
        parent_id uuid REFERENCES syllabus_node(id),
        code text NOT NULL,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('part','chapter','point')),
        requirement text CHECK (requirement IN ('understand','familiar','master')),
        levels int[] NOT NULL,
        position int NOT NULL DEFAULT 0,
        provenance text NOT NULL,
        provenance_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (track_id, code)
      )`,
      `CREATE INDEX syllabus_node_parent ON syllabus_node (parent_id)`,
      `CREATE TABLE setting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL,
        version int NOT NULL,
        value jsonb NOT NULL,
        provenance text NOT NULL,
        note text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (key, version)
      )`,
      `CREATE TABLE competency_model (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        track_id uuid NOT NULL REFERENCES track(id),
        version int NOT NULL,
        status text NOT NULL CHECK (status IN ('draft','active','retired')),
        title text NOT NULL,
        source_refs jsonb NOT NULL,
        categories jsonb NOT NULL,
        level_principles jsonb NOT NULL,
        reason text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (track_id, version)
      )`,
      `CREATE TABLE competency_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES competency_model(id),
        seq int NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        category text NOT NULL,
        category_id text NOT NULL,
        assessment text NOT NULL CHECK (assessment IN ('rating','exam')),
        definition text,
        definition_provenance text NOT NULL,
        levels jsonb NOT NULL,
        UNIQUE (model_id, code)
      )`,
      `CREATE TABLE competency_standard (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES competency_model(id),
        position_level int NOT NULL CHECK (position_level BETWEEN 1 AND 4),
        item_id uuid NOT NULL REFERENCES competency_item(id),
        standard_level int NOT NULL CHECK (standard_level BETWEEN 0 AND 4),
        UNIQUE (model_id, position_level, item_id)
      )`,
      `CREATE TABLE candidate_level (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        level int NOT NULL CHECK (level BETWEEN 1 AND 4),
        decision_id uuid,
        effective_at timestamptz NOT NULL,
        source text NOT NULL CHECK (source IN ('legacy','decision')),
        reason text,
        recorded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX candidate_level_candidate ON candidate_level (candidate_id, track_id)`,
      `CREATE TABLE training_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        level int NOT NULL CHECK (level BETWEEN 1 AND 4),
        hours numeric(6,2) NOT NULL CHECK (hours > 0),
        title text NOT NULL,
        completed_at timestamptz NOT NULL,
        recorded_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX training_record_candidate ON training_record (candidate_id, track_id, level)`,
      `CREATE TABLE question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        track_id uuid NOT NULL REFERENCES track(id),
        author_id uuid NOT NULL REFERENCES app_user(id),
        status text NOT NULL CHECK (status IN ('draft','in_review','active','retired')),
        latest_version int NOT NULL,
        active_version_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE question_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES question(id),
        version int NOT NULL,
        syllabus_node_id uuid NOT NULL REFERENCES syllabus_node(id),
        type text NOT NULL CHECK (type IN ('single','multiple','judge','fill','short','case')),
        stem text NOT NULL,
        stem_norm text NOT NULL,
        options jsonb,
        answer jsonb,
        difficulty smallint NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
        requirement text NOT NULL CHECK (requirement IN ('understand','familiar','master')),
        explanation text,
        rubric jsonb,
        tags text[] NOT NULL DEFAULT '{}',
        usage text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('draft','in_review','active','retired','superseded')),
        author_id uuid NOT NULL REFERENCES app_user(id),
        reviewed_by uuid REFERENCES app_user(id),
        reviewed_at timestamptz,
        review_comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (question_id, version)
      )`,
      `ALTER TABLE question ADD CONSTRAINT question_active_version_fk FOREIGN KEY (active_version_id) REFERENCES question_version(id)`,
      `CREATE INDEX question_version_node ON question_version (syllabus_node_id, type, difficulty)`,
      `CREATE INDEX question_status ON question (track_id, status)`,
      `CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'
      )`,
      `CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id, at)`,
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`,
      `CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
      `CREATE TABLE job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        state text NOT NULL CHECK (state IN ('waiting','active','completed','failed')),
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        payload jsonb NOT NULL,
        result jsonb,
        error jsonb,
        created_by uuid REFERENCES app_user(id),
        attempts int NOT NULL DEFAULT 0,
        max_attempts int NOT NULL DEFAULT 3,
        run_at timestamptz NOT NULL DEFAULT now(),
        dedup_key text UNIQUE,
        locked_until timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX job_pending ON job (state, run_at) WHERE state IN ('waiting','active')`,
      `CREATE TABLE upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        filename text NOT NULL,
        content bytea NOT NULL,
        size int NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['upload', 'job', 'audit_event', 'question', 'question_version', 'training_record', 'candidate_level',
      'competency_standard', 'competency_item', 'competency_model', 'setting', 'syllabus_node', 'track', 'login_failure',
      'auth_session', 'app_user', 'org_unit']) {
      await q.query(`DROP TABLE IF EXISTS ${t} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_event_append_only()`);
  }
}
