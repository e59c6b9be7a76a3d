import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { JobRef } from '../jobs/job-store';
import { queryRows } from '../sql';

/** What the fixture made: one fixed objective paper sat and submitted by `attempts` candidates. */
export interface GradingFixture {
  sessionId: string;
  formId: string;
  attemptIds: string[];
  itemCount: number;
  /** the grading job rows (outbox), when asked for; deliver them to start grading */
  jobs: JobRef[];
}

const DISPLAY = 'ABCDEFGH';

interface FixtureItem {
  id: string;
  type: 'single' | 'multiple' | 'judge' | 'fill';
  options: string[] | null;
  answer: unknown;
  optionOrder?: string[];
  /** the right and a wrong response, in the keys the candidate saw */
  right: unknown;
  wrong: unknown;
}

/** A deterministic permutation of the option keys (what a paper stores as optionOrder). */
function shuffled(keys: string[], seed: number): string[] {
  const out = [...keys];
  let s = seed * 2654435761;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function makeItem(i: number, types: readonly FixtureItem['type'][]): Omit<FixtureItem, 'id'> {
  const type = types[i % types.length]!;
  if (type === 'judge') return { type, options: null, answer: i % 2 === 0, right: i % 2 === 0, wrong: i % 2 !== 0 };
  if (type === 'fill') {
    const answer = i % 3 === 0 ? [['政企分开', '政企分离'], ['破除垄断']] : [['首问负责制']];
    return { type, options: null, answer, right: answer.map((alts) => ` ${alts[0]} `), wrong: answer.map(() => '不知道') };
  }
  const keys = type === 'single' ? ['A', 'B', 'C', 'D'] : ['A', 'B', 'C', 'D', 'E'];
  const optionOrder = shuffled(keys, i + 1);
  const shown = (k: string) => DISPLAY[optionOrder.indexOf(k)]!;
  if (type === 'single') {
    const key = keys[i % 4]!;
    const wrongKey = keys[(i + 1) % 4]!;
    return { type, options: keys, answer: key, optionOrder, right: shown(key), wrong: shown(wrongKey) };
  }
  const answer = i % 2 === 0 ? ['A', 'C'] : ['B', 'D', 'E'];
  return { type, options: keys, answer, optionOrder, right: answer.map(shown), wrong: [shown(answer[0]!)].concat(keys.filter((k) => !answer.includes(k)).slice(0, 1).map(shown)) };
}

/** Seeds, with plain SQL for speed, a fixed paper of `items` objective questions (single,
 * multiple with partial credit, judge, fill; shuffled option orders) sat by `attempts`
 * candidates who each answered about `rightShare` of it right, all submitted (or, with
 * `status: 'in_progress'`, still sitting it). With `jobs: true` the grading job rows are
 * written too (as submission would), not delivered. */
export async function seedSubmittedAttempts(
  ds: DataSource,
  opts: { attempts: number; items?: number; rightShare?: number; jobs?: boolean; maxAttempts?: number; status?: 'submitted' | 'in_progress' },
): Promise<GradingFixture> {
  const submitted = (opts.status ?? 'submitted') === 'submitted';
  const itemCount = opts.items ?? 100;
  const tag = randomBytes(4).toString('hex');
  const [{ id: authorId }] = await queryRows<{ id: string }>(ds, `INSERT INTO app_user (username, password_hash, display_name, roles) VALUES ($1, 'x', '出题人', '{trainer}') RETURNING id`, [`fx-author-${tag}`]);
  const [{ id: trackId }] = await queryRows<{ id: string }>(ds, `INSERT INTO track (code, name, levels) VALUES ($1, '评分测试序列', '[]'::jsonb) RETURNING id`, [`fx-${tag}`]);
  const areas = await queryRows<{ id: string }>(
    ds,
    `INSERT INTO syllabus_node (track_id, code, title, kind, levels, position, provenance)
     SELECT $1, 'FX-' || i, '考核范围' || i, 'chapter', '{1}', i, 'organisation' FROM generate_series(1, 4) i RETURNING id`,
    [trackId],
  );
  const types = ['single', 'single', 'single', 'multiple', 'judge', 'single', 'judge', 'fill', 'single', 'multiple'] as const;
  const drafts = Array.from({ length: itemCount }, (_, i) => makeItem(i, types));
  const questions = await queryRows<{ id: string }>(
    ds,
    `INSERT INTO question (track_id, author_id, status, latest_version) SELECT $1, $2, 'active', 1 FROM generate_series(1, $3) RETURNING id`,
    [trackId, authorId, itemCount],
  );
  const versions = await queryRows<{ id: string }>(
    ds,
    `INSERT INTO question_version (question_id, version, syllabus_node_id, type, stem, stem_norm, options, answer, difficulty, requirement, usage, status, author_id)
     SELECT q, 1, n, t, s, s, o, a, 3, 'familiar', '{exam}', 'active', $6
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::jsonb[], $7::jsonb[]) AS x(q, n, t, s, o, a)
     RETURNING id`,
    [
      questions.map((q) => q.id),
      drafts.map((_, i) => areas[i % areas.length]!.id),
      drafts.map((d) => d.type),
      drafts.map((d, i) => `评分测试第${i + 1}题（${d.type}）`),
      drafts.map((d) => (d.options ? JSON.stringify(d.options.map((k) => ({ key: k, text: `选项${k}` }))) : null)),
      authorId,
      drafts.map((d) => JSON.stringify(d.answer)),
    ],
  );
  await ds.query(`UPDATE question q SET active_version_id = v.id FROM question_version v WHERE v.question_id = q.id AND q.track_id = $1`, [trackId]);
  const points = 100 / itemCount;
  const body = { passMark: 60, totalPoints: 100, sections: [{ type: 'multiple', scoring: 'partial' }] };
  const [{ id: blueprintId }] = await queryRows<{ id: string }>(
    ds,
    `INSERT INTO blueprint (track_id, level, version, status, name, body) VALUES ($1, 1, 1, 'draft', '评分测试比重表', $2::jsonb) RETURNING id`,
    [trackId, JSON.stringify(body)],
  );
  const [{ id: sessionId }] = await queryRows<{ id: string }>(
    ds,
    `INSERT INTO exam_session (blueprint_id, track_id, level, title, opens_at, closes_at, duration_minutes, form_mode)
     VALUES ($1, $2, 1, '评分测试场次', now() - interval '2 hours', now() + interval '2 hours', 60, 'fixed') RETURNING id`,
    [blueprintId, trackId],
  );
  const items: FixtureItem[] = drafts.map((d, i) => ({ ...d, id: `it-${i + 1}` }));
  const formItems = items.map((it, i) => ({
    id: it.id, position: i + 1, versionId: versions[i]!.id, questionId: questions[i]!.id, areaId: areas[i % areas.length]!.id, type: it.type, points,
    ...(it.optionOrder ? { optionOrder: it.optionOrder } : {}),
  }));
  const [{ id: formId }] = await queryRows<{ id: string }>(
    ds,
    `INSERT INTO exam_form (session_id, label, blueprint_id, seed, items) VALUES ($1, 'A', $2, $3, $4::jsonb) RETURNING id`,
    [sessionId, blueprintId, tag, JSON.stringify(formItems)],
  );
  const users = await queryRows<{ id: string }>(
    ds,
    `INSERT INTO app_user (username, password_hash, display_name, roles) SELECT $1 || i, 'x', '考生' || i, '{candidate}' FROM generate_series(1, $2) i RETURNING id`,
    [`fx-c-${tag}-`, opts.attempts],
  );
  const attempts = await queryRows<{ id: string }>(
    ds,
    submitted
      ? `INSERT INTO attempt (session_id, candidate_id, form_id, status, deadline, submitted_at, submitted_by)
         SELECT $1, u, $2, 'submitted', now(), now(), 'server' FROM unnest($3::uuid[]) u RETURNING id`
      : `INSERT INTO attempt (session_id, candidate_id, form_id, status, deadline)
         SELECT $1, u, $2, 'in_progress', now() + interval '1 hour' FROM unnest($3::uuid[]) u RETURNING id`,
    [sessionId, formId, users.map((u) => u.id)],
  );
  // Every candidate answers every item: right with probability rightShare, else the wrong response.
  await ds.query(
    `INSERT INTO attempt_answer (attempt_id, item_id, response, seq)
     SELECT a.id, it->>'id', CASE WHEN random() < $3 THEN it->'right' ELSE it->'wrong' END, 1
     FROM attempt a CROSS JOIN jsonb_array_elements($2::jsonb) it WHERE a.session_id = $1`,
    [sessionId, JSON.stringify(items.map((it) => ({ id: it.id, right: it.right, wrong: it.wrong }))), opts.rightShare ?? 0.7],
  );
  let jobs: JobRef[] = [];
  if (opts.jobs && submitted) {
    const rows = await queryRows<{ id: string; name: string; run_at: Date }>(
      ds,
      `INSERT INTO job (name, state, payload, dedup_key, max_attempts)
       SELECT 'grade-attempt', 'waiting', jsonb_build_object('attemptId', a.id), 'grade:' || a.id, $2 FROM attempt a WHERE a.session_id = $1
       RETURNING id, name, run_at`,
      [sessionId, opts.maxAttempts ?? 5],
    );
    jobs = rows.map((r) => ({ id: r.id, name: r.name, runAt: new Date(r.run_at) }));
  }
  return { sessionId, formId, attemptIds: attempts.map((a) => a.id), itemCount, jobs };
}

export interface GradingTally {
  attempts: number;
  /** attempts with status graded */
  graded: number;
  /** 'attempt.graded' audit events, and the attempts they name (equal when none was graded twice) */
  events: number;
  distinct_events: number;
  scores: number;
  expectedScores: number;
  /** grading job rows, and how many of them completed */
  jobs: number;
  done: number;
}

/** How the grading of a session's attempts stands: graded exactly once means graded = events =
 * distinct_events = jobs = done = attempts and scores = expectedScores. */
export async function gradingTally(ds: DataSource, sessionId: string, items: number): Promise<GradingTally> {
  const [c] = await queryRows<Omit<GradingTally, 'expectedScores'>>(
    ds,
    `SELECT (SELECT count(*)::int FROM attempt WHERE session_id = $1) AS attempts,
       (SELECT count(*)::int FROM attempt WHERE session_id = $1 AND status = 'graded') AS graded,
       (SELECT count(*)::int FROM audit_event e JOIN attempt a ON a.id::text = e.entity_id WHERE a.session_id = $1 AND e.action = 'attempt.graded') AS events,
       (SELECT count(DISTINCT e.entity_id)::int FROM audit_event e JOIN attempt a ON a.id::text = e.entity_id WHERE a.session_id = $1 AND e.action = 'attempt.graded') AS distinct_events,
       (SELECT count(*)::int FROM item_score s WHERE s.session_id = $1) AS scores,
       (SELECT count(*)::int FROM job j JOIN attempt a ON a.id::text = j.payload->>'attemptId' WHERE a.session_id = $1) AS jobs,
       (SELECT count(*)::int FROM job j JOIN attempt a ON a.id::text = j.payload->>'attemptId' WHERE a.session_id = $1 AND j.state = 'completed') AS done`,
    [sessionId],
  );
  return { ...c!, expectedScores: c!.attempts * items };
}
