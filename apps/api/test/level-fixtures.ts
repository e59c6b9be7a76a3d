import type { DataSource } from 'typeorm';
import type { ApiHarness } from './api-harness';

/** Test arrangements for ratings and level decisions. An exam result is written directly as a
 * published, graded attempt (the publish and grading routes have their own tests); the
 * knowledge items get the given standard score under the track's active model. */
export async function publishedExam(
  ds: DataSource,
  o: { candidateIds: string[]; trackId: string; level: number; score: number | ((candidateId: string) => number); knowledgeScore?: number; published?: boolean },
): Promise<{ sessionId: string; attemptIds: Record<string, string> }> {
  const [bp] = await ds.query(`SELECT id FROM blueprint WHERE track_id = $1 AND level = $2 AND status = 'active'`, [o.trackId, o.level]);
  const [s] = await ds.query(
    `INSERT INTO exam_session (blueprint_id, track_id, level, title, opens_at, closes_at, duration_minutes, form_mode, published_at)
     VALUES ($1, $2, $3, '测试场次', now() - interval '3 hours', now() - interval '1 hour', 100, 'per_candidate', $4) RETURNING id`,
    [bp.id, o.trackId, o.level, o.published === false ? null : new Date()],
  );
  const items: { id: string }[] = await ds.query(
    `SELECT i.id FROM competency_item i JOIN competency_model m ON m.id = i.model_id WHERE m.track_id = $1 AND m.status = 'active' AND i.assessment = 'exam'`,
    [o.trackId],
  );
  const attemptIds: Record<string, string> = {};
  for (const c of o.candidateIds) {
    const score = typeof o.score === 'function' ? o.score(c) : o.score;
    await ds.query(`INSERT INTO registration (session_id, candidate_id) VALUES ($1, $2)`, [s.id, c]);
    const [f] = await ds.query(`INSERT INTO exam_form (session_id, candidate_id, blueprint_id, seed, items) VALUES ($1, $2, $3, 'fixture', '[]') RETURNING id`, [s.id, c, bp.id]);
    const result = { score, passed: score >= 60, standardScore: o.knowledgeScore ?? score, areas: [], knowledgeItems: items.map((i) => ({ itemId: i.id, standardScore: o.knowledgeScore ?? score })) };
    const [a] = await ds.query(
      `INSERT INTO attempt (session_id, candidate_id, form_id, status, deadline, submitted_at, submitted_by, score, passed, result, graded_at)
       VALUES ($1, $2, $3, 'graded', now() - interval '2 hours', now() - interval '2 hours', 'candidate', $4, $5, $6::jsonb, now()) RETURNING id`,
      [s.id, c, f.id, score, score >= 60, JSON.stringify(result)],
    );
    attemptIds[c] = a.id;
  }
  return { sessionId: s.id, attemptIds };
}

export interface FormItem {
  itemId: string;
  code: string;
  levels: { level: number; indicators: { id: string }[] }[];
}

/** Fills a rating with `level` on every item (evidence where a level needs it) and submits it. */
export async function rateAll(h: ApiHarness, token: string, ratingId: string, level: number | ((item: FormItem) => number)): Promise<void> {
  const form = await h.call('GET', `/api/ratings/${ratingId}`, { token });
  if (form.status !== 200) throw new Error(`form ${form.status} ${JSON.stringify(form.body)}`);
  const items = (form.body.items as FormItem[]).map((it) => {
    const l = typeof level === 'function' ? level(it) : level;
    return { itemId: it.itemId, level: l, ...(l >= 3 ? { evidence: '带领班组完成重点客户维系项目,客户满意度提升 12%' } : {}) };
  });
  const saved = await h.call('PUT', `/api/ratings/${ratingId}`, { token, body: { items } });
  if (saved.status !== 200) throw new Error(`save ${saved.status} ${JSON.stringify(saved.body)}`);
  const sub = await h.call('POST', `/api/ratings/${ratingId}/submit`, { token });
  if (sub.status !== 200) throw new Error(`submit ${sub.status} ${JSON.stringify(sub.body)}`);
}

export async function waitJob(h: ApiHarness, token: string, jobId: string) {
  for (let i = 0; i < 600; i++) {
    const r = await h.call('GET', `/api/jobs/${jobId}`, { token });
    if (r.body.state === 'completed' || r.body.state === 'failed') return r.body;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('job did not finish');
}
