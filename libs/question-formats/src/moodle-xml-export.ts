/**
 * Drafts → Moodle quiz XML (plain_text format, every text escaped). One category entry each time
 * the chapter changes; metadata travels as tags (see meta.ts). Types Moodle cannot express
 * (a fill question with other than one blank) and malformed drafts are skipped with a reason.
 */
import { categoryFor, metaTagsFor, percent } from './meta';
import { countBlanks, escapeXml, formatRubricText } from './text';
import type { QuestionDraft, SkippedDraft } from './types';

const text = (s: string) => `<text>${escapeXml(s)}</text>`;
const plain = (element: string, s: string, indent = '    ') => `${indent}<${element} format="plain_text">${text(s)}</${element}>`;

export function toMoodleXml(drafts: readonly QuestionDraft[]): { xml: string; skipped: SkippedDraft[] } {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  const skipped: SkippedDraft[] = [];
  let category: string | undefined;
  drafts.forEach((d, index) => {
    const body = questionBody(d);
    if (typeof body !== 'object') {
      skipped.push({ index, reason: body });
      return;
    }
    const path = categoryFor(d.chapterCode);
    if (path !== category) {
      category = path;
      out.push('  <question type="category">', `    <category>${text(path)}</category>`, '  </question>');
    }
    out.push(
      `  <question type="${body.type}">`,
      `    <name>${text(nameFor(d, index))}</name>`,
      plain('questiontext', d.stem),
      plain('generalfeedback', d.explanation ?? ''),
      `    <defaultgrade>${body.grade}</defaultgrade>`,
      '    <penalty>0</penalty>',
      '    <hidden>0</hidden>',
      ...body.lines,
      '    <tags>',
      ...metaTagsFor(d).map((t) => `      <tag>${text(t)}</tag>`),
      '    </tags>',
      '  </question>',
    );
  });
  out.push('</quiz>', '');
  return { xml: out.join('\n'), skipped };
}

function nameFor(d: QuestionDraft, index: number): string {
  const oneLine = [...d.stem.replace(/\s+/g, ' ').trim()];
  return oneLine.length === 0 ? `题目 ${index + 1}` : oneLine.slice(0, 40).join('');
}

function answer(fraction: string, s: string): string {
  return `    <answer fraction="${fraction}" format="plain_text">${text(s)}<feedback format="plain_text"><text></text></feedback></answer>`;
}

/** The type-specific part of a question, or the reason it cannot be written. */
function questionBody(d: QuestionDraft): { type: string; grade: string; lines: string[] } | string {
  switch (d.type) {
    case 'single':
    case 'multiple': {
      const options = d.options ?? [];
      const correct = d.type === 'single' ? (typeof d.answer === 'string' ? [d.answer] : []) : Array.isArray(d.answer) ? d.answer.filter((k): k is string => typeof k === 'string') : [];
      const right = options.filter((o) => correct.includes(o.key));
      if (options.length === 0 || right.length === 0 || (d.type === 'single' && right.length !== 1)) return '选择题的选项或答案不完整,无法导出';
      const wrongFraction = d.type === 'single' ? '0' : '-100';
      return {
        type: 'multichoice',
        grade: '1',
        lines: [
          `    <single>${d.type === 'single'}</single>`,
          '    <shuffleanswers>true</shuffleanswers>',
          '    <answernumbering>ABCD</answernumbering>',
          ...options.map((o) => answer(correct.includes(o.key) ? percent(100 / right.length) : wrongFraction, o.text)),
        ],
      };
    }
    case 'judge':
      if (typeof d.answer !== 'boolean') return '判断题缺少答案(对/错),无法导出';
      return { type: 'truefalse', grade: '1', lines: [answer(d.answer ? '100' : '0', 'true'), answer(d.answer ? '0' : '100', 'false')] };
    case 'fill': {
      const blanks = countBlanks(d.stem);
      const alternatives = Array.isArray(d.answer) && d.answer.length === 1 && Array.isArray(d.answer[0]) ? d.answer[0] : null;
      if (blanks !== 1 || alternatives === null || alternatives.length === 0) {
        return `填空题有 ${blanks} 个空格,Moodle 的简答题(shortanswer)只能表达一个空格`;
      }
      return { type: 'shortanswer', grade: '1', lines: ['    <usecase>0</usecase>', ...alternatives.map((a) => answer('100', a))] };
    }
    case 'short':
    case 'case': {
      const rubric = d.rubric ?? [];
      if (rubric.length === 0) return '简答题或案例分析题缺少评分要点,无法导出';
      const total = rubric.reduce((sum, r) => sum + r.maxPoints, 0);
      return {
        type: 'essay',
        grade: String(Number(total.toFixed(6))),
        lines: [
          '    <responseformat>editor</responseformat>',
          '    <responserequired>1</responserequired>',
          '    <responsefieldlines>15</responsefieldlines>',
          '    <attachments>0</attachments>',
          plain('graderinfo', formatRubricText(rubric)),
          plain('responsetemplate', ''),
        ],
      };
    }
  }
}
