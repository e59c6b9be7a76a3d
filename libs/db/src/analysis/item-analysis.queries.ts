import type { DataSource, EntityManager } from 'typeorm';
import { type AnalysedAttempt, type AnalysedItem, type AnalysedType, authoredChoice, isDichotomous, type ItemResponse, JUDGE_OPTIONS } from '@cm/domain';
import { queryRows } from '../sql';

type Db = DataSource | EntityManager;

export interface AnalysedVersion {
  id: string;
  questionId: string;
  version: number;
  type: AnalysedType;
  stem: string;
  syllabusNodeId: string;
  areaTitle: string;
}

interface VersionRow {
  id: string;
  question_id: string;
  version: number;
  type: AnalysedType;
  stem: string;
  options: { key: string }[] | null;
  answer: unknown;
  syllabus_node_id: string;
  area_title: string | null;
}

/** earned_cents is an exact decimal (numeric) since marking: pg returns it as a string. */
const cents = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

async function loadVersions(db: Db, ids: string[]): Promise<VersionRow[]> {
  if (!ids.length) return [];
  return queryRows<VersionRow>(
    db,
    `SELECT v.id, v.question_id, v.version, v.type, v.stem, v.options, v.answer, v.syllabus_node_id, n.title AS area_title
     FROM question_version v LEFT JOIN syllabus_node n ON n.id = v.syllabus_node_id WHERE v.id = ANY($1::uuid[])`,
    [ids],
  );
}

/** The item as analysed: its authored option keys and correct keys (for distractors), and
 * whether it is right/wrong under the blueprint's scoring (for KR-20). */
function toAnalysedItem(v: VersionRow, multipleScoring?: 'partial' | 'all_or_nothing'): AnalysedItem {
  const blanks = v.type === 'fill' && Array.isArray(v.answer) ? v.answer.length : undefined;
  const base = { key: v.id, type: v.type, dichotomous: isDichotomous(v.type, { scoring: multipleScoring, blanks }) };
  if (v.type === 'judge') return { ...base, options: [...JUDGE_OPTIONS], correct: typeof v.answer === 'boolean' ? [String(v.answer)] : [] };
  if (v.type === 'single' || v.type === 'multiple') {
    const correct = typeof v.answer === 'string' ? [v.answer] : Array.isArray(v.answer) ? v.answer.filter((k): k is string => typeof k === 'string') : [];
    return { ...base, options: (v.options ?? []).map((o) => o.key), correct };
  }
  return base;
}

const toVersion = (v: VersionRow): AnalysedVersion => ({
  id: v.id, questionId: v.question_id, version: v.version, type: v.type, stem: v.stem, syllabusNodeId: v.syllabus_node_id, areaTitle: v.area_title ?? '',
});

export interface SessionAnalysisInput {
  formMode: 'per_candidate' | 'fixed';
  items: AnalysedItem[];
  attempts: AnalysedAttempt[];
  versions: Map<string, AnalysedVersion>;
  /** version id → its position on the paper (the first fixed form that has it) */
  positions: Map<string, number>;
  /** fixed form id → label */
  formLabels: Map<string, string>;
}

/** Every graded attempt of a session with its item scores and choices (mapped back to the
 * authored option keys through each paper's permutation). Null when the session is unknown. */
export async function loadSessionAnalysisInput(db: Db, sessionId: string): Promise<SessionAnalysisInput | null> {
  const [session] = await queryRows<{ form_mode: 'per_candidate' | 'fixed'; sections: { type: string; scoring?: 'partial' | 'all_or_nothing' }[] | null }>(
    db,
    `SELECT s.form_mode, b.body->'sections' AS sections FROM exam_session s JOIN blueprint b ON b.id = s.blueprint_id WHERE s.id = $1`,
    [sessionId],
  );
  if (!session) return null;
  const rows = await queryRows<{ attempt_id: string; form_id: string; item_id: string; version_id: string; max_cents: number; earned_cents: string | null; response: unknown }>(
    db,
    `SELECT a.id AS attempt_id, a.form_id, s.item_id, s.version_id, s.max_cents, s.earned_cents, ans.response
     FROM attempt a JOIN item_score s ON s.attempt_id = a.id
     LEFT JOIN attempt_answer ans ON ans.attempt_id = s.attempt_id AND ans.item_id = s.item_id
     -- s.session_id too: a filter on the view's own column reaches both of its branches
     WHERE a.session_id = $1 AND s.session_id = $1 AND a.status = 'graded'`,
    [sessionId],
  );
  const layout = await queryRows<{ form_id: string; label: string | null; item_id: string; position: number; option_order: string[] | null }>(
    db,
    `SELECT f.id AS form_id, f.label, it->>'id' AS item_id, (it->>'position')::int AS position, it->'optionOrder' AS option_order
     FROM exam_form f CROSS JOIN LATERAL jsonb_array_elements(f.items) it
     WHERE f.session_id = $1 AND f.id IN (SELECT form_id FROM attempt WHERE session_id = $1 AND status = 'graded')`,
    [sessionId],
  );
  const slot = new Map(layout.map((l) => [`${l.form_id}:${l.item_id}`, l]));
  const formLabels = new Map(layout.filter((l) => l.label !== null).map((l) => [l.form_id, l.label!]));
  const versionRows = await loadVersions(db, [...new Set(rows.map((r) => r.version_id))]);
  const multipleScoring = session.sections?.find((s) => s.type === 'multiple')?.scoring;
  const versionType = new Map(versionRows.map((v) => [v.id, v.type]));

  const byAttempt = new Map<string, { attemptId: string; formId: string; responses: ItemResponse[] }>();
  const positions = new Map<string, number>();
  for (const r of rows) {
    let current = byAttempt.get(r.attempt_id);
    if (!current) {
      current = { attemptId: r.attempt_id, formId: r.form_id, responses: [] };
      byAttempt.set(r.attempt_id, current);
    }
    const place = slot.get(`${r.form_id}:${r.item_id}`);
    if (place && session.form_mode === 'fixed' && !positions.has(r.version_id)) positions.set(r.version_id, place.position);
    const type = versionType.get(r.version_id) ?? 'short';
    current.responses.push({
      key: r.version_id,
      maxCents: Number(r.max_cents),
      earnedCents: cents(r.earned_cents),
      choice: authoredChoice(type, r.response, place?.option_order ?? undefined),
    });
  }
  return {
    formMode: session.form_mode,
    items: versionRows.map((v) => toAnalysedItem(v, multipleScoring)),
    attempts: [...byAttempt.values()],
    versions: new Map(versionRows.map((v) => [v.id, toVersion(v)])),
    positions,
    formLabels,
  };
}

/** The rest of a paper (all items but the analysed one) as one pseudo-item: pooled analysis
 * only needs each attempt's total, not its other items. */
export const REST_KEY = '__rest__';

/** Pooled input for some question versions over every graded attempt that had them, in any
 * session: per hit the item's score and choice, plus the rest of that attempt's paper. */
export async function loadPooledAnalysisInput(db: Db, versionIds: string[]): Promise<{ items: AnalysedItem[]; attempts: AnalysedAttempt[] }> {
  if (!versionIds.length) return { items: [], attempts: [] };
  const rows = await queryRows<{ attempt_id: string; form_id: string; version_id: string; max_cents: number; earned_cents: string | null; possible: string; earned: string | null; response: unknown; option_order: string[] | null; scoring: 'partial' | 'all_or_nothing' | null }>(
    db,
    `WITH hits AS (
       SELECT s.attempt_id, s.item_id, s.version_id, s.max_cents, s.earned_cents, a.form_id
       FROM item_score s JOIN attempt a ON a.id = s.attempt_id
       WHERE s.version_id = ANY($1::uuid[]) AND a.status = 'graded'
         -- every score's version is its paper's (regrade moves the papers too): the papers that
         -- hold a version are found through their GIN index, their attempts by paper
         AND s.form_id IN (SELECT f.id FROM unnest($1::uuid[]) v JOIN exam_form f ON f.items @> jsonb_build_array(jsonb_build_object('versionId', v::text)))
     )
     SELECT h.attempt_id, h.form_id, h.version_id, h.max_cents, h.earned_cents, tt.possible, tt.earned, ans.response,
       (SELECT it->'optionOrder' FROM exam_form f CROSS JOIN LATERAL jsonb_array_elements(f.items) it WHERE f.id = h.form_id AND it->>'id' = h.item_id LIMIT 1) AS option_order
     FROM hits h
     CROSS JOIN LATERAL (SELECT sum(t.max_cents) AS possible, sum(coalesce(t.earned_cents, 0)) AS earned FROM item_score t WHERE t.attempt_id = h.attempt_id) tt
     LEFT JOIN attempt_answer ans ON ans.attempt_id = h.attempt_id AND ans.item_id = h.item_id
     ORDER BY h.attempt_id`,
    [versionIds],
  );
  const versionRows = await loadVersions(db, versionIds);
  const versionType = new Map(versionRows.map((v) => [v.id, v.type]));
  const attempts: AnalysedAttempt[] = rows.map((r) => {
    const max = Number(r.max_cents);
    const earned = cents(r.earned_cents);
    return {
      attemptId: r.attempt_id,
      formId: r.form_id,
      responses: [
        { key: r.version_id, maxCents: max, earnedCents: earned, choice: authoredChoice(versionType.get(r.version_id) ?? 'short', r.response, r.option_order ?? undefined) },
        { key: REST_KEY, maxCents: Number(r.possible) - max, earnedCents: cents(r.earned) - earned },
      ],
    };
  });
  return { items: versionRows.map((v) => toAnalysedItem(v)), attempts };
}
