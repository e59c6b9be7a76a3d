import type { DemoQuestion } from './demo-question';

const OBJECTIVE = new Set(['fill', 'single', 'multiple', 'judge']);

/**
 * The demo bank's practice pool: besides the items authored for practice, every second
 * exam-only objective question of each chapter and type is also offered for practice (usage
 * exam + practice), so that the pool can fill a level-1 mock exam of each track under the
 * default blueprint, mixes included (product.md, "Demo dataset"). The other half, and every
 * 简答/案例分析 written for exams, stays exam-only.
 */
export function withPracticeShare(questions: readonly DemoQuestion[]): DemoQuestion[] {
  const seen = new Map<string, number>();
  return questions.map((q) => {
    if (!OBJECTIVE.has(q.type) || q.usage.includes('practice')) return q;
    const k = `${q.chapterCode}|${q.type}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n % 2 === 1 ? { ...q, usage: [...q.usage, 'practice'] } : q;
  });
}
