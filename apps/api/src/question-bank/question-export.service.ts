import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type ListQuestionsQuery } from '@cm/contracts';
import { draftToRow, QUESTION_SHEET_HEADER, toGift, toMoodleXml, type QuestionDraft } from '@cm/question-formats';
import { writeSheet } from '@cm/spreadsheet';
import type { VersionRow } from './question.mapper';
import { listLatest, subtreeIds } from './question.queries';

const MAX_EXPORT = 20_000;

export function rowToDraft(r: VersionRow): QuestionDraft {
  return {
    chapterCode: r.syllabus_code,
    type: r.type as QuestionDraft['type'],
    stem: r.stem,
    ...(r.options ? { options: r.options } : {}),
    ...(r.answer !== null && r.answer !== undefined ? { answer: r.answer as QuestionDraft['answer'] } : {}),
    difficulty: r.difficulty,
    requirement: r.requirement as QuestionDraft['requirement'],
    ...(r.explanation ? { explanation: r.explanation } : {}),
    ...(r.rubric ? { rubric: r.rubric } : {}),
    tags: r.tags,
    usage: r.usage as QuestionDraft['usage'],
  };
}

@Injectable()
export class QuestionExportService {
  constructor(private readonly ds: DataSource) {}

  template(): Promise<Buffer> {
    const examples: QuestionDraft[] = [
      { chapterCode: 'VIP-1.2.1', type: 'single', stem: '客户经理上门拜访VIP客户时,下列做法最恰当的是____。', options: [{ key: 'A', text: '不预约直接上门' }, { key: 'B', text: '提前预约并按约定时间到达' }, { key: 'C', text: '迟到后不作解释' }, { key: 'D', text: '由客户决定是否需要出示工牌' }], answer: 'B', difficulty: 2, requirement: 'understand', explanation: '上门拜访须提前预约、守时并主动出示工作证件。', usage: ['exam'] },
      { chapterCode: 'VIP-3.1', type: 'fill', stem: '我国电信监管的基本原则是政企分开、____、鼓励竞争、促进发展和公开、公平、公正。', answer: [['破除垄断', '打破垄断']], difficulty: 2, requirement: 'understand', explanation: '见《电信条例》总则。', usage: ['exam', 'practice'] },
    ];
    return writeSheet('题目', [...QUESTION_SHEET_HEADER], examples.map(draftToRow));
  }

  async export(q: Omit<ListQuestionsQuery, 'page' | 'pageSize'> & { format: 'xlsx' | 'moodle' | 'gift' }) {
    const nodeIds = q.syllabusNodeId ? await subtreeIds(this.ds, q.syllabusNodeId) : null;
    const { rows, total } = await listLatest(this.ds, { ...q, page: 1, pageSize: MAX_EXPORT }, nodeIds);
    if (total > MAX_EXPORT) throw AppError.validation([{ path: 'filters', code: 'TOO_MANY', message: `一次最多导出 ${MAX_EXPORT} 题,请缩小筛选范围` }]);
    const drafts = rows.map(rowToDraft);
    if (q.format === 'xlsx') {
      // Cells starting with = + - @ are neutralised by writeSheet (formula injection).
      return { body: await writeSheet('题目', [...QUESTION_SHEET_HEADER], drafts.map(draftToRow)), ext: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', skipped: 0 };
    }
    if (q.format === 'moodle') {
      const out = toMoodleXml(drafts);
      return { body: Buffer.from(out.xml, 'utf8'), ext: 'xml', contentType: 'application/xml; charset=utf-8', skipped: out.skipped.length };
    }
    const out = toGift(drafts);
    return { body: Buffer.from(out.text, 'utf8'), ext: 'gift', contentType: 'text/plain; charset=utf-8', skipped: out.skipped.length };
  }
}
