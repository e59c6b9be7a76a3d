/**
 * Which questions a practice set (章节练习, 错题重练) may show, and in what order. Practice
 * draws only the approved version of questions whose usage includes `practice` — active or
 * retired (product.md) — so an exam-only item never reaches a candidate outside an exam.
 * The database query narrows the pool the same way; this filter is the guarantee the
 * property test pins down. Pure; randomness comes from the seed.
 */
import { createRng, hashString, keyedUnit, shuffled } from '../assembly/prng';

/** Version statuses a practice item may have: the approved version, in use or retired. */
export const PRACTICE_VERSION_STATUSES = ['active', 'retired'] as const;

export interface PracticeCandidate {
  versionId: string;
  questionId: string;
  /** the syllabus chapter the question belongs to */
  chapterId: string;
  type: string;
  usage: readonly string[];
  /** status of this version (active, retired, draft, in_review, superseded) */
  versionStatus: string;
}

export interface PracticeHistoryEntry {
  /** how often the candidate answered the question */
  answered: number;
  /** whether the latest answer was right (null: self-checked subjective) */
  lastCorrect: boolean | null;
}

export interface PracticeSelection {
  size: number;
  seed: string;
  /** restrict to these chapters (omitted: the whole pool) */
  chapterIds?: readonly string[];
  /** restrict to these questions (the 错题本) */
  questionIds?: readonly string[];
  history?: ReadonlyMap<string, PracticeHistoryEntry>;
}

export function isPracticeItem(c: Pick<PracticeCandidate, 'usage' | 'versionStatus'>): boolean {
  return c.usage.includes('practice') && (PRACTICE_VERSION_STATUSES as readonly string[]).includes(c.versionStatus);
}

/** Never answered first, then last answered wrong, then the rest least-practised first; a
 * seeded jitter orders each tier so that two sets of one chapter differ. */
function tier(h: PracticeHistoryEntry | undefined): number {
  if (!h || h.answered === 0) return 0;
  return h.lastCorrect === false ? 1 : 2;
}

export function selectPracticeSet<T extends PracticeCandidate>(pool: readonly T[], o: PracticeSelection): T[] {
  const chapters = o.chapterIds ? new Set(o.chapterIds) : null;
  const questions = o.questionIds ? new Set(o.questionIds) : null;
  const seedHash = hashString(`practice:${o.seed}`);
  const byQuestion = new Map<string, T>();
  for (const c of pool) {
    if (!isPracticeItem(c)) continue;
    if (chapters && !chapters.has(c.chapterId)) continue;
    if (questions && !questions.has(c.questionId)) continue;
    if (!byQuestion.has(c.questionId)) byQuestion.set(c.questionId, c);
  }
  const ranked = [...byQuestion.values()].map((c) => {
    const h = o.history?.get(c.questionId);
    return { c, tier: tier(h), used: h?.answered ?? 0, jitter: keyedUnit(seedHash, c.questionId) };
  });
  ranked.sort((a, b) => a.tier - b.tier || a.used - b.used || a.jitter - b.jitter || (a.c.questionId < b.c.questionId ? -1 : 1));
  const size = Math.max(0, Math.floor(o.size));
  // The tiers pick the questions; the candidate sees them in a seeded shuffle.
  return shuffled(ranked.slice(0, size).map((r) => r.c), createRng(`order:${o.seed}`));
}
