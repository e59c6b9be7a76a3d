/**
 * Moodle quiz XML ↔ drafts. Reads multichoice (single/multiple), truefalse (judge), shortanswer
 * (fill, one blank), essay (short; case when tagged `type:case`) and category entries (chapter
 * code); other types are reported and skipped. Hostile XML: see xml-guard.ts.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  DEFAULT_RUBRIC_CRITERION, buildChoice, chapterFromCategory, readMetaTags, withMeta,
} from './meta';
import { countBlanks, decodeXmlEntities, htmlToText, parseRubricText } from './text';
import type { FormatProblem, ParsedQuestions, QuestionDraft } from './types';
import { MAX_XML_CHARS, declaresDtd } from './xml-guard';

export { toMoodleXml } from './moodle-xml-export';

/** Points of the single criterion given to an essay without grader information nor default grade. */
export const DEFAULT_ESSAY_POINTS = 10;

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => name === 'question' || name === 'answer' || name === 'tag',
});

function fileProblem(code: string, message: string): ParsedQuestions {
  return { drafts: [], problems: [{ index: -1, code, message }] };
}

/** Parses a Moodle quiz XML export; every problem is listed, questions with a problem are skipped. */
export function parseMoodleXml(xml: string): ParsedQuestions {
  if (xml.length > MAX_XML_CHARS) return fileProblem('TOO_LARGE', `文件过大,不能超过 ${MAX_XML_CHARS} 个字符`);
  if (declaresDtd(xml)) return fileProblem('DOCTYPE_NOT_ALLOWED', 'XML 文件不能包含 DOCTYPE 或实体声明');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return fileProblem('XML_INVALID', `XML 格式错误(第 ${valid.err.line} 行):${valid.err.msg}`);
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (e) {
    return fileProblem('XML_INVALID', `XML 格式错误:${e instanceof Error ? e.message : String(e)}`);
  }
  // an empty <quiz/> is parsed as a string: `nodes` turns it into an element without children
  const quiz = isNode(doc) && doc['quiz'] !== undefined ? nodes(doc['quiz'])[0] : undefined;
  if (quiz === undefined) return fileProblem('NOT_MOODLE_XML', '不是 Moodle 题库 XML 文件(缺少 <quiz> 根元素)');

  const drafts: QuestionDraft[] = [];
  const problems: FormatProblem[] = [];
  let chapterCode: string | null = null;
  let index = 0;
  for (const q of nodes(quiz['question'])) {
    const type = attr(q, 'type');
    if (type === 'category') {
      chapterCode = chapterFromCategory(textOf(child(child(q, 'category'), 'text')));
      continue;
    }
    const result = readQuestion(q, type, chapterCode);
    if ('draft' in result) drafts.push(result.draft);
    else problems.push({ index, code: result.code, message: result.message });
    index++;
  }
  return { drafts, problems };
}

type ReadResult = { draft: QuestionDraft } | { code: string; message: string };

function readQuestion(q: XmlNode, type: string, chapterCode: string | null): ReadResult {
  const stem = richText(child(q, 'questiontext'));
  const meta = readMetaTags(nodes(child(q, 'tags')?.['tag']).map((t) => textOf(child(t, 'text'))));
  const explanation = richText(child(q, 'generalfeedback'));
  const answers = nodes(q['answer']).map((a) => ({ text: richText(a), fraction: Number(attr(a, 'fraction') || '0') }));
  const base = (d: Omit<QuestionDraft, 'difficulty' | 'requirement' | 'chapterCode'>): ReadResult => {
    const draft: QuestionDraft = withMeta({ chapterCode, ...d }, meta);
    if (explanation !== '') draft.explanation = explanation;
    return { draft };
  };
  switch (type) {
    case 'multichoice': {
      if (answers.length === 0) return { code: 'INVALID_ANSWER', message: '选择题没有选项' };
      const single = !['false', '0'].includes(textOf(child(q, 'single')).trim().toLowerCase());
      const choice = buildChoice(answers.map((a) => ({ text: a.text, correct: a.fraction > 0 })), single);
      if ('error' in choice) return { code: 'INVALID_ANSWER', message: choice.error };
      return base({ type: choice.type, stem, options: choice.options, answer: choice.answer });
    }
    case 'truefalse': {
      const best = answers.filter((a) => a.fraction > 0).sort((a, b) => b.fraction - a.fraction)[0];
      const word = best?.text.trim().toLowerCase();
      const value = word === 'true' || word === '对' || word === '正确' ? true : word === 'false' || word === '错' || word === '错误' ? false : null;
      if (value === null) return { code: 'INVALID_ANSWER', message: '判断题没有标明正确答案(true/false)' };
      return base({ type: 'judge', stem, answer: value });
    }
    case 'shortanswer': {
      const alternatives = answers.filter((a) => a.fraction >= 99.99999).map((a) => a.text.trim()).filter((t) => t !== '');
      if (alternatives.length === 0) return { code: 'INVALID_ANSWER', message: '填空题没有满分(100%)的答案' };
      return base({ type: 'fill', stem: countBlanks(stem) === 0 ? `${stem} ____` : stem, answer: [alternatives] });
    }
    case 'essay': {
      const info = richText(child(q, 'graderinfo'));
      const parsed = parseRubricText(info);
      const grade = Number(textOf(child(q, 'defaultgrade')));
      const rubric =
        info !== '' && parsed.badLines.length === 0 && parsed.rubric.length > 0
          ? parsed.rubric
          : [{ criterion: DEFAULT_RUBRIC_CRITERION, maxPoints: Number.isFinite(grade) && grade > 0 ? grade : DEFAULT_ESSAY_POINTS }];
      return base({ type: meta.isCase ? 'case' : 'short', stem, rubric });
    }
    default:
      return { code: 'UNSUPPORTED_TYPE', message: `不支持的题型“${type || '(未注明)'}”,已跳过` };
  }
}

function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The element(s) under a name as a list of element objects (a text-only element becomes {'#text'}). */
function nodes(v: unknown): XmlNode[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((n) => (isNode(n) ? n : { '#text': typeof n === 'string' ? n : '' }));
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node === undefined ? undefined : nodes(node[name])[0];
}

function attr(node: XmlNode | undefined, name: string): string {
  const v = node?.[`@_${name}`];
  return typeof v === 'string' ? decodeXmlEntities(v) : '';
}

/** An element's text: its character data with entities decoded, then its CDATA sections verbatim. */
function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((s): s is string => typeof s === 'string');
  return strings(node['#text']).map(decodeXmlEntities).join('') + strings(node['#cdata']).join('');
}

/** `<x format="…"><text>…</text></x>` as plain text: HTML converted (html, moodle_auto_format), others as written. */
function richText(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  const text = textOf(child(node, 'text'));
  const format = attr(node, 'format') || 'html';
  if (format === 'html') return htmlToText(text);
  if (format === 'moodle_auto_format') return htmlToText(text.replace(/\r?\n/g, '<br>'));
  return text.trim();
}
