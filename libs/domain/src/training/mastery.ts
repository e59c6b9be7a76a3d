/**
 * Mastery of a chapter (掌握度): the accuracy of the candidate's most recent objective answers
 * in that chapter, practice and mock exams alike. A sliding window keeps it about *now*: old
 * mistakes stop counting once the candidate has answered the window's worth again. Pure.
 */

/** Answers per chapter that count: the most recent 20 (ADR 0010). */
export const MASTERY_WINDOW = 20;
/** Below this many answers in the window the accuracy is shown but not judged. */
export const MASTERY_MIN_ANSWERS = 5;
/** Percent accuracy from which a chapter counts as mastered (掌握). */
export const MASTERED_PERCENT = 80;
/** Percent accuracy below which a chapter is weak (薄弱). */
export const WEAK_PERCENT = 60;

export type MasteryBand = 'not_started' | 'too_few' | 'weak' | 'developing' | 'mastered';

/** One objective answer: subjective (self-checked) answers never reach this function. */
export interface PracticeOutcome {
  chapterId: string;
  correct: boolean;
  /** epoch milliseconds; ties keep the order given */
  answeredAt: number;
}

export interface ChapterMastery {
  chapterId: string;
  /** answers inside the window (≤ window) */
  answered: number;
  correct: number;
  /** percent with one decimal, null without answers */
  accuracy: number | null;
  band: MasteryBand;
}

/** Percent with one decimal: correct / answered × 100. */
export function accuracyPercent(correct: number, answered: number): number | null {
  if (answered <= 0) return null;
  return Math.round((correct * 1000) / answered) / 10;
}

export function masteryBand(answered: number, accuracy: number | null): MasteryBand {
  if (answered === 0 || accuracy === null) return 'not_started';
  if (answered < MASTERY_MIN_ANSWERS) return 'too_few';
  if (accuracy >= MASTERED_PERCENT) return 'mastered';
  if (accuracy < WEAK_PERCENT) return 'weak';
  return 'developing';
}

/** Mastery of every chapter in `chapterIds` (chapters without answers are `not_started`),
 * counting for each only its `window` most recent answers. */
export function chapterMastery(outcomes: readonly PracticeOutcome[], chapterIds: readonly string[], window = MASTERY_WINDOW): Map<string, ChapterMastery> {
  const newestFirst = outcomes.map((o, i) => ({ o, i })).sort((a, b) => b.o.answeredAt - a.o.answeredAt || a.i - b.i);
  const tally = new Map<string, { answered: number; correct: number }>();
  for (const { o } of newestFirst) {
    const t = tally.get(o.chapterId) ?? { answered: 0, correct: 0 };
    if (t.answered >= window) continue;
    t.answered += 1;
    if (o.correct) t.correct += 1;
    tally.set(o.chapterId, t);
  }
  const result = new Map<string, ChapterMastery>();
  for (const chapterId of chapterIds) {
    const t = tally.get(chapterId) ?? { answered: 0, correct: 0 };
    const accuracy = accuracyPercent(t.correct, t.answered);
    result.set(chapterId, { chapterId, answered: t.answered, correct: t.correct, accuracy, band: masteryBand(t.answered, accuracy) });
  }
  return result;
}
