import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { constraintsOf, examBank, queryRows, toBankItems } from '@cm/db';
import { allocate, assembleParallelForms, assemblePaper, checkPaper, formLabel, type AllocationCell, type AssembledPaper, type BankItem, type Blueprint } from '@cm/domain';

export interface SessionRow {
  id: string;
  blueprint_id: string;
  track_id: string;
  level: number;
  form_mode: 'per_candidate' | 'fixed';
  parallel_forms: number;
  exposure_cap_percent: string | null;
  body: Blueprint;
}

/** A paper item as stored on exam_form.items: what a candidate sees is built from it by an
 * allow-list; the key never leaves the question version. */
/** Limits of the fixed parallel papers (A/B/C卷): overlap between two papers and the spread
 * of their mean difficulty; the equivalence report shows them to officers. */
export const PARALLEL_FORM_LIMITS = { maxOverlapPercent: 20, meanDifficultyTolerance: 0.3 } as const;

export interface FormItem {
  id: string;
  position: number;
  versionId: string;
  questionId: string;
  areaId: string;
  type: string;
  points: number;
  optionOrder?: string[];
}

export class FormsInfeasible extends Error {
  constructor(readonly details: Record<string, unknown>) {
    super('题库无法为该场次组卷');
  }
}

export async function loadSession(db: DataSource | EntityManager, sessionId: string): Promise<SessionRow | null> {
  const rows = await queryRows<SessionRow>(
    db,
    `SELECT s.id, s.blueprint_id, s.track_id, s.level, s.form_mode, s.parallel_forms, s.exposure_cap_percent, b.body
     FROM exam_session s JOIN blueprint b ON b.id = s.blueprint_id WHERE s.id = $1`,
    [sessionId],
  );
  return rows[0] ?? null;
}

function toFormItems(paper: AssembledPaper): FormItem[] {
  return paper.items.map((it, position) => ({
    id: randomUUID(),
    position: position + 1,
    versionId: it.versionId,
    questionId: it.questionId,
    areaId: it.areaId,
    type: it.type,
    points: it.points,
    ...(it.optionOrder ? { optionOrder: [...it.optionOrder] } : {}),
  }));
}

async function storeForm(m: EntityManager, s: SessionRow, who: { candidateId?: string; label?: string }, seed: string, paper: AssembledPaper): Promise<string> {
  const rows = await queryRows<{ id: string }>(
    m,
    `INSERT INTO exam_form (session_id, candidate_id, label, blueprint_id, seed, items, stats) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)
     ON CONFLICT DO NOTHING RETURNING id`,
    [s.id, who.candidateId ?? null, who.label ?? null, s.blueprint_id, seed, JSON.stringify(toFormItems(paper)), JSON.stringify(paper.stats)],
  );
  if (!rows[0]) return ''; // assembled concurrently by someone else: keep theirs
  // Exposure: every stored paper counts once for each of its question versions.
  await m.query(
    `INSERT INTO item_statistic (version_id, times_used) SELECT unnest($1::uuid[]), 1
     ON CONFLICT (version_id) DO UPDATE SET times_used = item_statistic.times_used + 1, updated_at = now()`,
    [paper.items.map((i) => i.versionId)],
  );
  return rows[0].id;
}

async function seenQuestions(db: DataSource | EntityManager, candidateId: string, trackId: string): Promise<Set<string>> {
  const rows = await queryRows<{ q: string }>(
    db,
    `SELECT DISTINCT it->>'questionId' AS q FROM attempt a JOIN exam_form f ON f.id = a.form_id JOIN exam_session s ON s.id = a.session_id,
       jsonb_array_elements(f.items) it WHERE a.candidate_id = $1 AND s.track_id = $2`,
    [candidateId, trackId],
  );
  return new Set(rows.map((r) => r.q));
}

/** Assembles and stores the missing papers of a session: one per registered candidate, or
 * the fixed parallel forms. Each paper is checked independently before it is stored; an
 * infeasible blueprint is reported with its short cells, never relaxed. Idempotent. */
export async function assembleSessionForms(ds: DataSource, sessionId: string, onlyCandidates: string[] | null, progress: (pct: number) => Promise<void> = async () => undefined): Promise<{ assembled: number; existing: number }> {
  const s = await loadSession(ds, sessionId);
  if (!s) throw new FormsInfeasible({ reason: 'SESSION_MISSING' });
  const bp = s.body;
  const { cells } = allocate(bp);
  const constraints = constraintsOf(bp);
  const bankRows = await examBank(ds, s.track_id, bp.areas.map((a) => a.syllabusNodeId));

  if (s.form_mode === 'fixed') {
    const existing = await queryRows<{ label: string }>(ds, `SELECT label FROM exam_form WHERE session_id = $1 AND label IS NOT NULL`, [s.id]);
    if (existing.length >= s.parallel_forms) return { assembled: 0, existing: existing.length };
    const items = toBankItems(bankRows);
    const result = assembleParallelForms(s.parallel_forms, { cells, items, seed: `${s.id}:fixed`, ...constraints }, PARALLEL_FORM_LIMITS);
    if (!result.ok) throw new FormsInfeasible({ form: result.label, shortfalls: result.shortfalls, unmet: result.unmet });
    await ds.transaction(async (m) => {
      for (const [i, f] of result.forms.entries()) {
        assertChecked(f.paper, cells, items, constraints);
        await storeForm(m, s, { label: f.label || formLabel(i) }, `${s.id}:fixed:${i}`, f.paper);
      }
    });
    await progress(100);
    return { assembled: result.forms.length, existing: existing.length };
  }

  const targets = await queryRows<{ candidate_id: string }>(
    ds,
    `SELECT r.candidate_id FROM registration r WHERE r.session_id = $1 AND r.status = 'registered'
       AND NOT EXISTS (SELECT 1 FROM exam_form f WHERE f.session_id = r.session_id AND f.candidate_id = r.candidate_id)
       ${onlyCandidates ? 'AND r.candidate_id = ANY($2::uuid[])' : ''} ORDER BY r.created_at`,
    onlyCandidates ? [s.id, onlyCandidates] : [s.id],
  );
  const [{ n: registered }] = await queryRows<{ n: number }>(ds, `SELECT count(*)::int AS n FROM registration WHERE session_id = $1 AND status = 'registered'`, [s.id]);
  const cap = s.exposure_cap_percent === null ? undefined : Math.max(1, Math.floor((Number(s.exposure_cap_percent) / 100) * registered));
  const inSession = await sessionUsage(ds, s.id);
  let assembled = 0;
  for (const [i, t] of targets.entries()) {
    const seen = await seenQuestions(ds, t.candidate_id, s.track_id);
    // Exposure across candidates: least-used first; the session cap counts this session's papers.
    const items: BankItem[] = toBankItems(bankRows, seen)
      .filter((it) => cap === undefined || (inSession.get(it.versionId) ?? 0) < cap)
      .map((it) => ({ ...it, exposure: it.exposure + (inSession.get(it.versionId) ?? 0) }));
    const seed = `${s.id}:${t.candidate_id}`;
    const result = assemblePaper({ cells, items, seed, ...constraints });
    if (!result.ok) throw new FormsInfeasible({ candidateId: t.candidate_id, shortfalls: result.shortfalls, unmet: result.unmet });
    assertChecked(result.paper, cells, items, constraints);
    const id = await ds.transaction((m) => storeForm(m, s, { candidateId: t.candidate_id }, seed, result.paper));
    if (id) {
      assembled++;
      for (const it of result.paper.items) inSession.set(it.versionId, (inSession.get(it.versionId) ?? 0) + 1);
    }
    if (i % 10 === 9) await progress(Math.floor(((i + 1) * 100) / targets.length));
  }
  await progress(100);
  return { assembled, existing: registered - targets.length };
}

function assertChecked(paper: AssembledPaper, cells: readonly AllocationCell[], items: readonly BankItem[], constraints: ReturnType<typeof constraintsOf>): void {
  const violations = checkPaper(paper, cells, items, constraints);
  if (violations.length) throw new FormsInfeasible({ violations });
}

async function sessionUsage(ds: DataSource, sessionId: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ v: string; n: number }>(
    ds,
    `SELECT it->>'versionId' AS v, count(*)::int AS n FROM exam_form f, jsonb_array_elements(f.items) it WHERE f.session_id = $1 GROUP BY 1`,
    [sessionId],
  );
  return new Map(rows.map((r) => [r.v, r.n]));
}
