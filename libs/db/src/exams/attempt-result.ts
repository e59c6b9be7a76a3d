import type { EntityManager } from 'typeorm';
import { type PaperScore, scorePaper, standardScore } from '@cm/domain';
import { recordAudit } from '../audit/record-audit';
import { queryRows } from '../sql';

/** What the candidate may see after publication (contract `result`), plus raw totals. */
export interface AttemptResult {
  score: number;
  standardScore: number | null;
  earned: number;
  possible: number;
  areas: { syllabusNodeId: string; title: string; earned: number; possible: number }[];
  knowledgeItems: { itemId: string; standardScore: number }[];
}

/** Per-item scores are stored in cents as exact decimals (numeric): a mean of two marks or a
 * rubric scaled to the item's points may fall between cents, and nothing is rounded before
 * the final 百分制 score. */
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** One stored item score, as summarised (earned_cents is numeric: pg hands it over as a string). */
export interface ItemScoreRow {
  area_id: string;
  max_cents: number | string;
  earned_cents: number | string | null;
  status: string;
}

/** A paper's result context: pass mark, area titles, knowledge-item mapping and items. */
export interface ResultContext {
  pass_mark: string | number | null;
  titles: { id: string; code: string; title: string }[] | null;
  ki: Record<string, string[]> | null;
  competency_items: { id: string; code: string }[] | null;
}

/** The result context as select-list columns of a query that joins exam_session s, track t and
 * blueprint b (so a caller can read it with the rows it locks, in one statement). */
export const RESULT_CONTEXT_COLUMNS = `(b.body->>'passMark')::numeric AS pass_mark,
       (SELECT json_agg(json_build_object('id', n.id, 'code', n.code, 'title', n.title)) FROM syllabus_node n WHERE n.track_id = s.track_id) AS titles,
       (SELECT st.value FROM setting st WHERE st.key = 'knowledge_items.' || t.code ORDER BY st.version DESC LIMIT 1) AS ki,
       (SELECT json_agg(json_build_object('id', i.id, 'code', i.code)) FROM competency_item i JOIN competency_model cm ON cm.id = i.model_id
         WHERE cm.track_id = s.track_id AND cm.status = 'active' AND i.assessment = 'exam') AS competency_items`;

/** Recomputes an attempt's totals from its item scores (pending items count 0). The grader,
 * which has just computed them with the context, uses summariseScores directly. */
export async function summariseAttempt(m: EntityManager, attemptId: string): Promise<AttemptSummary> {
  const [a] = await queryRows<ResultContext>(
    m,
    `SELECT ${RESULT_CONTEXT_COLUMNS}
     FROM attempt a JOIN exam_session s ON s.id = a.session_id JOIN track t ON t.id = s.track_id JOIN blueprint b ON b.id = s.blueprint_id WHERE a.id = $1`,
    [attemptId],
  );
  if (!a) throw new Error(`attempt ${attemptId} not found`);
  const rows = await queryRows<ItemScoreRow>(m, `SELECT area_id, max_cents, earned_cents, status FROM item_score WHERE attempt_id = $1`, [attemptId]);
  return summariseScores(a, rows);
}

export interface AttemptSummary {
  result: AttemptResult;
  pending: number;
  passMark: number;
}

/** An attempt's totals from its item scores and result context (pure). */
export function summariseScores(a: ResultContext, rows: readonly ItemScoreRow[]): AttemptSummary {
  const paper: PaperScore = scorePaper(rows.map((r) => ({ areaId: r.area_id, maxCents: Number(r.max_cents), earnedCents: num(r.earned_cents) ?? 0 })));
  const titles = a.titles ?? [];
  const nodeByCode = new Map(titles.map((t) => [t.code, t.id]));
  const titleById = new Map(titles.map((t) => [t.id, t.title]));
  const ki = a.ki ? { value: a.ki } : undefined;
  const items = a.competency_items ?? [];
  const mappedOf = (code: string) => (ki?.value[code] ?? []).map((c) => nodeByCode.get(c) ?? '');
  const knowledgeItems = items
    .map((i) => ({ itemId: i.id, standardScore: standardScore(paper.areas, mappedOf(i.code)) }))
    .filter((k): k is { itemId: string; standardScore: number } => k.standardScore !== null);
  // The paper's 标准分: the points-weighted score over every area mapped to a knowledge item.
  const allMapped = [...new Set(items.flatMap((i) => mappedOf(i.code)))];
  const round2 = (cents: number) => Math.round(cents) / 100;
  return {
    pending: rows.filter((r) => r.status === 'pending_marking').length,
    passMark: Number(a.pass_mark ?? 60),
    result: {
      score: paper.score,
      standardScore: standardScore(paper.areas, allMapped),
      earned: round2(paper.earnedCents),
      possible: round2(paper.possibleCents),
      areas: paper.areas.map((x) => ({ syllabusNodeId: x.areaId, title: titleById.get(x.areaId) ?? '', earned: round2(x.earnedCents), possible: round2(x.possibleCents) })),
      knowledgeItems,
    },
  };
}

/** Writes the attempt's totals: `graded` with score and pass/fail when nothing awaits marking,
 * else `marking`. Call inside the transaction that changed the item scores (row-locked). */
export async function finaliseAttempt(
  m: EntityManager,
  attemptId: string,
  actorId: string | null,
  cause: 'marked' | 'regraded',
): Promise<{ status: 'graded' | 'marking'; score: number; pendingMarking: number }> {
  const { result, pending, passMark } = await summariseAttempt(m, attemptId);
  const graded = pending === 0;
  await m.query(
    `UPDATE attempt SET status = $2, score = $3, passed = $4, result = $5::jsonb, graded_at = CASE WHEN $6 THEN now() ELSE NULL END WHERE id = $1`,
    [attemptId, graded ? 'graded' : 'marking', graded ? result.score : null, graded ? result.score >= passMark : null, JSON.stringify(result), graded],
  );
  // A mark that leaves others pending is already audited as marking.scored.
  if (graded || cause !== 'marked') {
    await recordAudit(m, { actorId, action: graded ? 'attempt.graded' : `attempt.${cause}_scored`, entityType: 'attempt', entityId: attemptId, data: { score: result.score, pendingMarking: pending, cause } });
  }
  return { status: graded ? 'graded' : 'marking', score: result.score, pendingMarking: pending };
}
