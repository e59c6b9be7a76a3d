import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Exam sessions, registrations, extra time, assembled forms (papers), attempts and answers. */
export class ExamSessions1764500000000 implements MigrationInterface {
  name = 'ExamSessions1764500000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE exam_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        blueprint_id uuid NOT NULL REFERENCES blueprint(id),
        track_id uuid NOT NULL REFERENCES track(id),
        level int NOT NULL CHECK (level BETWEEN 1 AND 4),
        title text NOT NULL,
        instructions text,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
        form_mode text NOT NULL CHECK (form_mode IN ('per_candidate','fixed')),
        parallel_forms int NOT NULL DEFAULT 1 CHECK (parallel_forms BETWEEN 1 AND 26),
        grace_seconds int NOT NULL DEFAULT 30 CHECK (grace_seconds BETWEEN 0 AND 600),
        exposure_cap_percent numeric(5,2),
        published_at timestamptz,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at > opens_at)
      )`,
      `CREATE TABLE registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES exam_session(id),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered','withdrawn')),
        waiver_reason text,
        eligibility jsonb NOT NULL DEFAULT '{}',
        registered_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (session_id, candidate_id)
      )`,
      `CREATE TABLE extra_time (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES exam_session(id),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        minutes int NOT NULL CHECK (minutes BETWEEN 1 AND 240),
        reason text NOT NULL,
        approved_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX extra_time_candidate ON extra_time (session_id, candidate_id)`,
      // A paper: per candidate (candidate_id set) or a fixed parallel form (label A, B, …).
      `CREATE TABLE exam_form (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES exam_session(id),
        candidate_id uuid REFERENCES app_user(id),
        label text,
        blueprint_id uuid NOT NULL REFERENCES blueprint(id),
        seed text NOT NULL,
        items jsonb NOT NULL,
        stats jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((candidate_id IS NULL) <> (label IS NULL))
      )`,
      `CREATE UNIQUE INDEX exam_form_candidate ON exam_form (session_id, candidate_id) WHERE candidate_id IS NOT NULL`,
      `CREATE UNIQUE INDEX exam_form_label ON exam_form (session_id, label) WHERE label IS NOT NULL`,
      `CREATE TABLE attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES exam_session(id),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        form_id uuid NOT NULL REFERENCES exam_form(id),
        status text NOT NULL CHECK (status IN ('in_progress','submitted','grading','marking','graded')),
        started_at timestamptz NOT NULL DEFAULT now(),
        deadline timestamptz NOT NULL,
        submitted_at timestamptz,
        submitted_by text CHECK (submitted_by IN ('candidate','server')),
        score numeric(5,2),
        passed boolean,
        result jsonb,
        graded_at timestamptz,
        UNIQUE (session_id, candidate_id)
      )`,
      `CREATE INDEX attempt_open_deadline ON attempt (deadline) WHERE status = 'in_progress'`,
      `CREATE TABLE attempt_answer (
        attempt_id uuid NOT NULL REFERENCES attempt(id),
        item_id text NOT NULL,
        response jsonb NOT NULL,
        seq bigint NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (attempt_id, item_id)
      )`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['attempt_answer', 'attempt', 'exam_form', 'extra_time', 'registration', 'exam_session']) await q.query(`DROP TABLE IF EXISTS ${t} CASCADE`);
  }
}
