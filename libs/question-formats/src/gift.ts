/**
 * GIFT ↔ drafts. Reads `{=right ~wrong}` (single), `{~%50%A ~%50%C ~%-100%B}` (multiple),
 * `{T}`/`{F}`/`{TRUE}`/`{FALSE}` (judge), `{=a =b}` (fill, one blank, the alternatives), `{}` (short;
 * case when tagged `type:case`), `$CATEGORY:` lines (chapter code), `//` comments (with `[tag:…]`
 * metadata and `// 评分要点:` rubric lines), `::title::` (ignored), `[html]` text, `####` general
 * feedback and `#` answer feedback (→ explanation). Numerical, matching and description items are
 * reported and skipped.
 */
import {
  indexOfUnescaped, rubricInComment, splitAnswers, splitUnescaped, tagsInComment, unescapeGift, type GiftAnswer,
} from './gift-syntax';
import { DEFAULT_RUBRIC_CRITERION, buildChoice, chapterFromCategory, readMetaTags, withMeta } from './meta';
import { countBlanks, htmlToText, parseRubricText } from './text';
import type { FormatProblem, ParsedQuestions, QuestionDraft } from './types';

export { toGift } from './gift-export';

/** Size limit of a GIFT text, in UTF-16 code units. */
export const MAX_GIFT_CHARS = 20_000_000;
/** Points of the criterion given to an essay without `// 评分要点:` lines (GIFT has no grade). */
export const DEFAULT_GIFT_ESSAY_POINTS = 10;

interface Chunk {
  lines: string[];
  comments: string[];
  chapterCode: string | null;
}

/** Splits a GIFT text into question chunks (blank-line separated), applying `$CATEGORY:` lines. */
function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chapterCode: string | null = null;
  let current: Chunk = { lines: [], comments: [], chapterCode };
  const finish = () => {
    if (current.lines.length > 0) chunks.push({ ...current, chapterCode });
    current = { lines: [], comments: current.lines.length > 0 ? [] : current.comments, chapterCode };
  };
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') finish();
    else if (trimmed.startsWith('//')) current.comments.push(trimmed);
    else if (/^\$CATEGORY\s*:/i.test(trimmed)) {
      finish();
      chapterCode = chapterFromCategory(trimmed.slice(trimmed.indexOf(':') + 1));
      current.comments = [];
    } else current.lines.push(line);
  }
  finish();
  return chunks;
}

/** Parses a GIFT text; every problem is listed, questions with a problem are skipped. */
export function parseGift(text: string): ParsedQuestions {
  if (text.length > MAX_GIFT_CHARS) return { drafts: [], problems: [{ index: -1, code: 'TOO_LARGE', message: `文件过大,不能超过 ${MAX_GIFT_CHARS} 个字符` }] };
  const drafts: QuestionDraft[] = [];
  const problems: FormatProblem[] = [];
  chunksOf(text).forEach((chunk, index) => {
    const result = readChunk(chunk);
    if ('draft' in result) drafts.push(result.draft);
    else problems.push({ index, code: result.code, message: result.message });
  });
  return { drafts, problems };
}

type ReadResult = { draft: QuestionDraft } | { code: string; message: string };

function readChunk(chunk: Chunk): ReadResult {
  let body = chunk.lines.join('\n').trim();
  if (body.startsWith('::')) {
    const end = indexOfUnescaped(body, '::', 2);
    if (end === -1) return { code: 'GIFT_SYNTAX', message: '题目标题缺少结尾的 ::' };
    body = body.slice(end + 2);
  }
  const format = /^\s*\[(html|moodle|plain|markdown)\]/i.exec(body);
  if (format) body = body.slice(format[0].length);
  const open = indexOfUnescaped(body, '{');
  if (open === -1) return { code: 'UNSUPPORTED_TYPE', message: '没有答案块 {…} 的说明文字(description)不是题目,已跳过' };
  const close = indexOfUnescaped(body, '}', open + 1);
  if (close === -1) return { code: 'GIFT_SYNTAX', message: '答案块缺少结尾的 }' };
  const after = body.slice(close + 1);
  if (indexOfUnescaped(after, '{') !== -1) return { code: 'GIFT_SYNTAX', message: '一道题只能有一个答案块 {…}' };

  const isHtml = format?.[1]?.toLowerCase() === 'html';
  const toText = (raw: string) => (isHtml ? htmlToText(unescapeGift(raw)) : unescapeGift(raw).trim());
  const before = body.slice(0, open);
  const stem = toText(after.trim() === '' ? before : `${before}____${after}`);

  let block = body.slice(open + 1, close);
  const general = indexOfUnescaped(block, '####');
  const generalFeedback = general === -1 ? '' : toText(block.slice(general + 4));
  if (general !== -1) block = block.slice(0, general);

  const tags = chunk.comments.flatMap(tagsInComment);
  const rubricText = chunk.comments.map(rubricInComment).filter((r): r is string => r !== null).join('\n');
  const meta = readMetaTags(tags);
  const make = (d: Omit<QuestionDraft, 'difficulty' | 'requirement' | 'chapterCode'>, feedbacks: string[]): ReadResult => {
    const draft: QuestionDraft = withMeta({ chapterCode: chunk.chapterCode, ...d }, meta);
    const explanation = generalFeedback || [...new Set(feedbacks.map(toText).filter((f) => f !== ''))].join('\n');
    if (explanation !== '') draft.explanation = explanation;
    return { draft };
  };

  const content = block.trim();
  if (content === '') {
    const parsed = parseRubricText(rubricText);
    const rubric = parsed.rubric.length > 0 && parsed.badLines.length === 0 ? parsed.rubric : [{ criterion: DEFAULT_RUBRIC_CRITERION, maxPoints: DEFAULT_GIFT_ESSAY_POINTS }];
    return make({ type: meta.isCase ? 'case' : 'short', stem, rubric }, []);
  }
  if (content.startsWith('#')) return { code: 'UNSUPPORTED_TYPE', message: '不支持数值题(numerical),已跳过' };
  const [head = '', ...judgeFeedback] = splitUnescaped(content, '#');
  const judge = /^(T|TRUE|F|FALSE)$/i.exec(head.trim());
  if (judge) return make({ type: 'judge', stem, answer: judge[1]!.toUpperCase().startsWith('T') }, judgeFeedback);

  const answers = splitAnswers(content);
  if (answers === null) return { code: 'GIFT_SYNTAX', message: '答案块无法识别:每个答案应以 = 或 ~ 开头' };
  if (answers.every((a) => a.mark === '=' && a.text.includes('->'))) return { code: 'UNSUPPORTED_TYPE', message: '不支持配对题(matching),已跳过' };
  return readAnswers(answers, stem, make, toText);
}

function readAnswers(
  answers: GiftAnswer[],
  stem: string,
  make: (d: Omit<QuestionDraft, 'difficulty' | 'requirement' | 'chapterCode'>, feedbacks: string[]) => ReadResult,
  toText: (raw: string) => string,
): ReadResult {
  const isCorrect = (a: GiftAnswer) => (a.mark === '=' ? a.weight === null || a.weight > 0 : a.weight !== null && a.weight > 0);
  const correctFeedback = answers.filter(isCorrect).map((a) => a.feedback);
  if (answers.every((a) => a.mark === '=')) {
    const alternatives = answers.filter((a) => a.weight === null || a.weight >= 100).map((a) => toText(a.text)).filter((t) => t !== '');
    if (alternatives.length === 0) return { code: 'INVALID_ANSWER', message: '填空题没有满分的答案' };
    return make({ type: 'fill', stem: countBlanks(stem) === 0 ? `${stem} ____` : stem, answer: [alternatives] }, correctFeedback);
  }
  const weighted = answers.some((a) => a.mark === '~' && a.weight !== null && a.weight > 0);
  const choice = buildChoice(answers.map((a) => ({ text: toText(a.text), correct: isCorrect(a) })), !weighted && answers.filter(isCorrect).length <= 1);
  if ('error' in choice) return { code: 'INVALID_ANSWER', message: choice.error };
  return make({ type: choice.type, stem, options: choice.options, answer: choice.answer }, correctFeedback);
}
