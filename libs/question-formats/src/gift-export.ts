/**
 * Drafts → GIFT. A `$CATEGORY:` line each time the chapter changes; metadata as Moodle's
 * `// [tag:…]` comments; rubric criteria as `// 评分要点:` comments (GIFT has no grader
 * information); the explanation as `####` general feedback. Fill questions with other than one
 * blank, and malformed drafts, are skipped with a reason.
 */
import { escapeGift, giftTag } from './gift-syntax';
import { categoryFor, metaTagsFor, percent } from './meta';
import { countBlanks } from './text';
import type { QuestionDraft, SkippedDraft } from './types';

export function toGift(drafts: readonly QuestionDraft[]): { text: string; skipped: SkippedDraft[] } {
  const out: string[] = [];
  const skipped: SkippedDraft[] = [];
  let category: string | undefined;
  drafts.forEach((d, index) => {
    const block = answerBlock(d);
    if (block.startsWith('!')) {
      skipped.push({ index, reason: block.slice(1) });
      return;
    }
    const path = categoryFor(d.chapterCode);
    if (path !== category) {
      category = path;
      out.push(`$CATEGORY: ${path}`, '');
    }
    const tags = metaTagsFor(d).map(giftTag).filter((t) => t !== '');
    out.push(`// ${tags.map((t) => `[tag:${t}]`).join(' ')}`);
    for (const r of d.rubric ?? []) out.push(`// 评分要点: ${r.criterion.replace(/\s+/g, ' ')}:${r.maxPoints}`);
    const title = escapeGift(`${d.chapterCode ?? '题目'}-${index + 1}`);
    out.push(`::${title}::${escapeGift(d.stem)} ${block}`, '');
  });
  return { text: out.join('\n'), skipped };
}

/** One answer: mark, an explicit weight when given (or when the text itself starts with `%`), text. */
function giftAnswer(mark: '=' | '~', text: string, weight?: string): string {
  const w = weight ?? (text.trimStart().startsWith('%') ? (mark === '=' ? '100' : '0') : undefined);
  return `${mark}${w === undefined ? '' : `%${w}%`}${escapeGift(text)}`;
}

/** The `{…}` block of a draft, or `!reason` when GIFT cannot express it. */
function answerBlock(d: QuestionDraft): string {
  const feedback = d.explanation ? `####${escapeGift(d.explanation)}` : '';
  switch (d.type) {
    case 'single':
    case 'multiple': {
      const options = d.options ?? [];
      const correct = d.type === 'single' ? (typeof d.answer === 'string' ? [d.answer] : []) : Array.isArray(d.answer) ? d.answer.filter((k): k is string => typeof k === 'string') : [];
      const right = options.filter((o) => correct.includes(o.key)).length;
      if (options.length < 2 || right === 0 || (d.type === 'single' && right !== 1)) return '!选择题的选项或答案不完整,无法导出';
      const answers = options.map((o) =>
        d.type === 'single'
          ? giftAnswer(o.key === correct[0] ? '=' : '~', o.text)
          : giftAnswer('~', o.text, correct.includes(o.key) ? percent(100 / right) : '-100'),
      );
      return `{${answers.join(' ')}${feedback}}`;
    }
    case 'judge':
      if (typeof d.answer !== 'boolean') return '!判断题缺少答案(对/错),无法导出';
      return `{${d.answer ? 'TRUE' : 'FALSE'}${feedback}}`;
    case 'fill': {
      const blanks = countBlanks(d.stem);
      const alternatives = Array.isArray(d.answer) && d.answer.length === 1 && Array.isArray(d.answer[0]) ? d.answer[0] : null;
      if (blanks !== 1 || alternatives === null || alternatives.length === 0) return `!填空题有 ${blanks} 个空格,GIFT 的简答题只能表达一个空格`;
      return `{${alternatives.map((a) => giftAnswer('=', a)).join(' ')}${feedback}}`;
    }
    case 'short':
    case 'case':
      if ((d.rubric ?? []).length === 0) return '!简答题或案例分析题缺少评分要点,无法导出';
      return `{${feedback}}`;
  }
}
