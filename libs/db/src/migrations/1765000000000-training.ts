import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Training mode: practice sets, mock exams and their answers, the answer log that mastery
 * and the class view read, the 错题本, courses with attendance and self-study claims. Training
 * hours stay in training_record (what eligibility sums): a course writes one record per
 * attendee, a confirmed self-study claim writes one record; a pending claim writes none. */
export class Training1765000000000 implements MigrationInterface {
  name = 'Training1765000000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE practice_set (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        level int NOT NULL CHECK (level BETWEEN 1 AND 4),
        source text NOT NULL CHECK (source IN ('chapter','wrong_book')),
        chapter_id uuid REFERENCES syllabus_node(id),
        seed text NOT NULL,
        items jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX practice_set_candidate ON practice_set (candidate_id, created_at DESC)`,
      `CREATE TABLE mock_exam (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        level int NOT NULL CHECK (level BETWEEN 1 AND 4),
        blueprint_id uuid NOT NULL REFERENCES blueprint(id),
        seed text NOT NULL,
        items jsonb NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
        grace_seconds int NOT NULL DEFAULT 30,
        started_at timestamptz NOT NULL DEFAULT now(),
        deadline timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('in_progress','graded')),
        submitted_at timestamptz,
        submitted_by text CHECK (submitted_by IN ('candidate','server')),
        score numeric(5,2),
        passed boolean,
        result jsonb
      )`,
      `CREATE INDEX mock_exam_candidate ON mock_exam (candidate_id, started_at DESC)`,
      `CREATE UNIQUE INDEX mock_exam_one_open ON mock_exam (candidate_id, track_id, level) WHERE status = 'in_progress'`,
      `CREATE TABLE mock_exam_answer (
        mock_exam_id uuid NOT NULL REFERENCES mock_exam(id),
        item_id text NOT NULL,
        response jsonb NOT NULL,
        seq bigint NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (mock_exam_id, item_id)
      )`,
      // Every graded training answer; correct is null for self-checked 简答/案例分析.
      `CREATE TABLE training_answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        question_id uuid NOT NULL REFERENCES question(id),
        version_id uuid NOT NULL REFERENCES question_version(id),
        chapter_id uuid NOT NULL REFERENCES syllabus_node(id),
        source text NOT NULL CHECK (source IN ('practice','mock')),
        practice_set_id uuid REFERENCES practice_set(id),
        mock_exam_id uuid REFERENCES mock_exam(id),
        item_id text NOT NULL,
        response jsonb,
        correct boolean,
        answered_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((source = 'practice') = (practice_set_id IS NOT NULL)),
        CHECK ((source = 'mock') = (mock_exam_id IS NOT NULL))
      )`,
      `CREATE INDEX training_answer_chapter ON training_answer (candidate_id, chapter_id, answered_at DESC)`,
      `CREATE INDEX training_answer_item ON training_answer (practice_set_id, item_id)`,
      `CREATE INDEX training_answer_wrong ON training_answer (track_id, question_id) WHERE correct = false`,
      `CREATE TABLE wrong_answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        question_id uuid NOT NULL REFERENCES question(id),
        chapter_id uuid NOT NULL REFERENCES syllabus_node(id),
        last_version_id uuid NOT NULL REFERENCES question_version(id),
        last_response jsonb,
        wrong_count int NOT NULL DEFAULT 1 CHECK (wrong_count > 0),
        first_wrong_at timestamptz NOT NULL DEFAULT now(),
        last_wrong_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','mastered')),
        mastered_at timestamptz,
        UNIQUE (candidate_id, question_id)
      )`,
      `CREATE INDEX wrong_answer_candidate ON wrong_answer (candidate_id, status, chapter_id)`,
      `CREATE TABLE training_course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        track_id uuid NOT NULL REFERENCES track(id),
        level int NOT NULL CHECK (level BETWEEN 1 AND 4),
        title text NOT NULL,
        held_on date NOT NULL,
        hours numeric(6,2) NOT NULL CHECK (hours > 0),
        location text,
        org_unit_id uuid REFERENCES org_unit(id),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX training_course_held ON training_course (held_on DESC)`,
      `CREATE TABLE self_study_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES app_user(id),
        track_id uuid NOT NULL REFERENCES track(id),
        level int NOT NULL CHECK (level BETWEEN 1 AND 4),
        hours numeric(6,2) NOT NULL CHECK (hours > 0),
        title text NOT NULL,
        studied_on date NOT NULL,
        note text,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','confirmed','rejected')),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        decision_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX self_study_claim_status ON self_study_claim (status, created_at)`,
      `CREATE INDEX self_study_claim_candidate ON self_study_claim (candidate_id, created_at DESC)`,
      `ALTER TABLE training_record ADD COLUMN source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','course','self_study'))`,
      `ALTER TABLE training_record ADD COLUMN course_id uuid REFERENCES training_course(id)`,
      `ALTER TABLE training_record ADD COLUMN self_study_id uuid REFERENCES self_study_claim(id)`,
      `CREATE UNIQUE INDEX training_record_course_attendee ON training_record (course_id, candidate_id) WHERE course_id IS NOT NULL`,
      `CREATE UNIQUE INDEX training_record_self_study ON training_record (self_study_id) WHERE self_study_id IS NOT NULL`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['self_study_id', 'course_id', 'source']) await q.query(`ALTER TABLE training_record DROP COLUMN IF EXISTS ${c}`);
    for (const t of ['self_study_claim', 'training_course', 'wrong_answer', 'training_answer', 'mock_exam_answer', 'mock_exam', 'practice_set']) await q.query(`DROP TABLE IF EXISTS ${t} CASCADE`);
  }
}
