import type { DataSource, EntityManager } from 'typeorm';
import type { RaterLevel } from '@cm/domain';
import { queryRows } from '../sql';

/** Everything the rules need about one candidate for one track and level, read in bulk (a
 * handful of set-based queries whatever the number of candidates: the batch of a whole
 * session, G7, uses the same reads as a single request). */
export interface CandidateFacts {
  candidateId: string;
  /** the latest open campaign of the track, preferring one for the target level */
  campaign: { id: string; modelId: string; targetLevel: number; total: number; submitted: number; supervisorSubmitted: boolean } | null;
  /** item id → submitted levels of the campaign's raters */
  ratings: Map<string, RaterLevel[]>;
  /** the latest published, graded exam of the track and level */
  exam: { attemptId: string; sessionId: string; score: number; knowledgeByCode: Map<string, number> } | null;
  /** highest level held in the track (not revoked), 0 when none */
  heldLevel: number;
}

type Db = DataSource | EntityManager;

export async function loadCandidateFacts(db: Db, q: { trackId: string; targetLevel: number; candidateIds: string[] }): Promise<Map<string, CandidateFacts>> {
  const ids = [...new Set(q.candidateIds)];
  const out = new Map<string, CandidateFacts>(ids.map((id) => [id, { candidateId: id, campaign: null, ratings: new Map(), exam: null, heldLevel: 0 }]));
  if (!ids.length) return out;

  const campaigns = await queryRows<{ id: string; candidate_id: string; model_id: string; target_level: number; total: number; submitted: number; sup: boolean }>(
    db,
    `SELECT c.id, c.candidate_id, c.model_id, c.target_level,
            (SELECT count(*)::int FROM rating r WHERE r.campaign_id = c.id) AS total,
            (SELECT count(*)::int FROM rating r WHERE r.campaign_id = c.id AND r.status = 'submitted') AS submitted,
            EXISTS (SELECT 1 FROM rating r WHERE r.campaign_id = c.id AND r.relation = 'supervisor' AND r.status = 'submitted') AS sup
     FROM (SELECT DISTINCT ON (candidate_id) * FROM rating_campaign
           WHERE candidate_id = ANY($1::uuid[]) AND track_id = $2 AND status = 'open'
           ORDER BY candidate_id, (target_level = $3) DESC, created_at DESC) c`,
    [ids, q.trackId, q.targetLevel],
  );
  const byCampaign = new Map<string, CandidateFacts>();
  for (const c of campaigns) {
    const f = out.get(c.candidate_id)!;
    f.campaign = { id: c.id, modelId: c.model_id, targetLevel: c.target_level, total: c.total, submitted: c.submitted, supervisorSubmitted: c.sup };
    byCampaign.set(c.id, f);
  }
  if (campaigns.length) {
    const levels = await queryRows<{ campaign_id: string; relation: RaterLevel['relation']; item_id: string; level: number }>(
      db,
      `SELECT r.campaign_id, r.relation, ri.item_id, ri.level FROM rating r JOIN rating_item ri ON ri.rating_id = r.id
       WHERE r.campaign_id = ANY($1::uuid[]) AND r.status = 'submitted'`,
      [campaigns.map((c) => c.id)],
    );
    for (const l of levels) {
      const f = byCampaign.get(l.campaign_id)!;
      const list = f.ratings.get(l.item_id);
      if (list) list.push({ relation: l.relation, level: l.level });
      else f.ratings.set(l.item_id, [{ relation: l.relation, level: l.level }]);
    }
  }

  const exams = await queryRows<{ id: string; candidate_id: string; session_id: string; score: string; ki: { itemId: string; standardScore: number }[] | null }>(
    db,
    `SELECT DISTINCT ON (a.candidate_id) a.id, a.candidate_id, a.session_id, a.score, a.result->'knowledgeItems' AS ki
     FROM attempt a JOIN exam_session s ON s.id = a.session_id
     WHERE a.candidate_id = ANY($1::uuid[]) AND s.track_id = $2 AND s.level = $3 AND s.published_at IS NOT NULL AND a.status = 'graded' AND a.score IS NOT NULL
     ORDER BY a.candidate_id, a.submitted_at DESC NULLS LAST, s.published_at DESC`,
    [ids, q.trackId, q.targetLevel],
  );
  // Knowledge items are stored by the item id of the model version active at grading: read them by code.
  const itemIds = [...new Set(exams.flatMap((e) => (e.ki ?? []).map((k) => k.itemId)))];
  const codes = itemIds.length ? await queryRows<{ id: string; code: string }>(db, `SELECT id, code FROM competency_item WHERE id = ANY($1::uuid[])`, [itemIds]) : [];
  const codeOf = new Map(codes.map((c) => [c.id, c.code]));
  for (const e of exams) {
    const knowledgeByCode = new Map<string, number>();
    for (const k of e.ki ?? []) {
      const code = codeOf.get(k.itemId);
      if (code) knowledgeByCode.set(code, Number(k.standardScore));
    }
    out.get(e.candidate_id)!.exam = { attemptId: e.id, sessionId: e.session_id, score: Number(e.score), knowledgeByCode };
  }

  const held = await queryRows<{ candidate_id: string; level: number }>(
    db,
    `SELECT candidate_id, max(level)::int AS level FROM candidate_level
     WHERE candidate_id = ANY($1::uuid[]) AND track_id = $2 AND revoked_at IS NULL AND effective_at <= now() GROUP BY candidate_id`,
    [ids, q.trackId],
  );
  for (const h of held) out.get(h.candidate_id)!.heldLevel = h.level;
  return out;
}
