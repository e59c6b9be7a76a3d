import type { DataSource } from 'typeorm';
import { QUESTION_SHEET_COLUMNS } from '@cm/contracts';
import { insertQuestionsBulk, queryRows, recordAudit, UploadEntity, type BulkQuestion } from '@cm/db';
import { normaliseStem, validateQuestionContent } from '@cm/domain';
import { columnForPath, parseGift, parseMoodleXml, rowToDraft, type QuestionDraft, type RowProblem } from '@cm/question-formats';
import { DEFAULT_SHEET_LIMITS, readFirstSheet, SpreadsheetError } from '@cm/spreadsheet';
import { JobRefusal, type JobHandler } from './processor.types';

interface NodeRef {
  id: string;
  code: string;
  track_id: string;
  kind: string;
}

interface ParsedDraft {
  row: number;
  draft: QuestionDraft;
}

const MAX_ROWS = 20_000;

/** Parses the uploaded file into drafts with their row numbers, or refuses the whole file. */
async function parseUpload(content: Buffer, format: 'xlsx' | 'moodle' | 'gift'): Promise<{ drafts: ParsedDraft[]; problems: RowProblem[]; otherCodes: { row: number; code: string }[] }> {
  if (format === 'xlsx') {
    let sheet;
    try {
      sheet = await readFirstSheet(content, { ...DEFAULT_SHEET_LIMITS, maxRows: MAX_ROWS });
    } catch (err) {
      if (err instanceof SpreadsheetError) throw new JobRefusal('IMPORT_INVALID', err.message, { reason: err.code, ...err.details, rows: [] });
      throw err;
    }
    const missing = QUESTION_SHEET_COLUMNS.filter((c) => !sheet.header.includes(c));
    if (missing.length) {
      throw new JobRefusal('IMPORT_INVALID', `表头缺少列:${missing.join('、')}`, { rows: missing.map((c) => ({ row: 1, column: c, code: 'MISSING_COLUMN', message: `缺少列「${c}」` })) });
    }
    const drafts: ParsedDraft[] = [];
    const problems: RowProblem[] = [];
    // Chapter codes of rows that failed anyway are still checked, so every error shows at once.
    const otherCodes: { row: number; code: string }[] = [];
    for (const r of sheet.rows) {
      const out = rowToDraft(r.rowNumber, r.cells);
      problems.push(...out.problems);
      if (out.draft) drafts.push({ row: r.rowNumber, draft: out.draft });
      else if (r.cells.get('章节编码')?.trim()) otherCodes.push({ row: r.rowNumber, code: r.cells.get('章节编码')!.trim() });
    }
    return { drafts, problems, otherCodes };
  }
  const text = content.toString('utf8');
  const parsed = format === 'moodle' ? parseMoodleXml(text) : parseGift(text);
  return {
    drafts: parsed.drafts.map((draft, i) => ({ row: i + 1, draft })),
    problems: parsed.problems.map((p) => ({ row: p.index + 1, column: '题目', code: p.code, message: p.message })),
    otherCodes: [],
  };
}

/** Resolves chapter codes, applies the domain rules, and finds possible duplicates. */
async function resolveDrafts(ds: DataSource, drafts: ParsedDraft[], otherCodes: { row: number; code: string }[], payload: { defaultNodeId: string | null; trackId: string | null }) {
  const nodes = await queryRows<NodeRef>(ds, `SELECT id, code, track_id, kind FROM syllabus_node`);
  const byCode = new Map<string, NodeRef[]>();
  for (const n of nodes) {
    if (payload.trackId && n.track_id !== payload.trackId) continue;
    byCode.set(n.code, [...(byCode.get(n.code) ?? []), n]);
  }
  const fallback = payload.defaultNodeId ? nodes.find((n) => n.id === payload.defaultNodeId) ?? null : null;
  const problems: RowProblem[] = [];
  for (const { row, code } of otherCodes) {
    if (!byCode.has(code)) problems.push({ row, column: '章节编码', code: 'UNKNOWN_CODE', message: `大纲中没有编码 ${code}` });
  }
  const items: (BulkQuestion & { row: number })[] = [];
  for (const { row, draft } of drafts) {
    let node: NodeRef | null = null;
    if (draft.chapterCode) {
      const found = byCode.get(draft.chapterCode) ?? [];
      if (found.length === 1) node = found[0]!;
      else problems.push({ row, column: '章节编码', code: found.length ? 'AMBIGUOUS_CODE' : 'UNKNOWN_CODE', message: found.length ? `编码 ${draft.chapterCode} 在多个岗位序列中存在,请选择岗位序列后再导入` : `大纲中没有编码 ${draft.chapterCode}` });
    } else if (fallback) node = fallback;
    else problems.push({ row, column: '章节编码', code: 'REQUIRED', message: '缺少章节编码,且未选择默认章节' });
    if (node && node.kind === 'part') problems.push({ row, column: '章节编码', code: 'NOT_A_CHAPTER', message: `${node.code} 是篇,请填写章或知识点编码` });
    const structural = validateQuestionContent({ ...draft, usage: draft.usage ?? ['exam'] });
    for (const p of structural) problems.push({ row, column: columnForPath(p.path), code: p.code, message: p.message });
    if (node && !structural.length) {
      items.push({ row, trackId: node.track_id, content: { ...draft, syllabusNodeId: node.id, usage: draft.usage ?? ['exam'] } });
    }
  }
  return { problems, items };
}

async function findDuplicates(ds: DataSource, items: (BulkQuestion & { row: number })[]) {
  const duplicates: { row: number; message: string; existingQuestionId?: string; otherRow?: number }[] = [];
  const seen = new Map<string, number>();
  const keys = items.map((it) => `${it.content.syllabusNodeId}|${normaliseStem(it.content.stem)}`);
  const existing = await queryRows<{ k: string; question_id: string }>(
    ds,
    `SELECT syllabus_node_id || '|' || stem_norm AS k, question_id FROM question_version WHERE is_latest AND syllabus_node_id || '|' || stem_norm = ANY($1)`,
    [keys],
  );
  const inBank = new Map(existing.map((e) => [e.k, e.question_id]));
  items.forEach((it, i) => {
    const k = keys[i]!;
    if (inBank.has(k)) duplicates.push({ row: it.row, existingQuestionId: inBank.get(k), message: '题库中同一章节已有题干相同的题目' });
    else if (seen.has(k)) duplicates.push({ row: it.row, otherRow: seen.get(k), message: `与第 ${seen.get(k)} 行题干相同` });
    if (!seen.has(k)) seen.set(k, it.row);
  });
  return duplicates;
}

/** Validates the whole file first: any bad row means nothing is imported and the job fails
 * listing every error; otherwise every question is created in one transaction. */
export const importQuestions: JobHandler<'import-questions'> = async ({ payload, ds, progress }) => {
  const upload = await ds.getRepository(UploadEntity).findOneBy({ id: payload.uploadId });
  if (!upload) throw new JobRefusal('UPLOAD_MISSING', '上传的文件已不存在');
  const parsed = await parseUpload(Buffer.from(upload.content), payload.format);
  await progress(10);
  const resolved = await resolveDrafts(ds, parsed.drafts, parsed.otherCodes, payload);
  const problems = [...parsed.problems, ...resolved.problems].sort((a, b) => a.row - b.row);
  if (!parsed.drafts.length && !problems.length) throw new JobRefusal('IMPORT_INVALID', '文件中没有题目', { rows: [] });
  if (problems.length) {
    const bad = new Set(problems.map((p) => p.row)).size;
    throw new JobRefusal('IMPORT_INVALID', `共有 ${bad} 行存在错误,未导入任何题目`, { rows: problems });
  }
  const duplicates = await findDuplicates(ds, resolved.items);
  await progress(20);
  const total = resolved.items.length;
  const ids = await ds.transaction(async (m) => {
    const created = await insertQuestionsBulk(m, resolved.items, payload.actorId, payload.submit ? 'in_review' : 'draft', (done) => progress(20 + Math.floor((75 * done) / total)));
    await recordAudit(m, { actorId: payload.actorId, action: 'question.imported', entityType: 'upload', entityId: upload.id, data: { count: created.length, format: payload.format, filename: upload.filename } });
    return created;
  });
  return { created: ids.length, status: payload.submit ? 'in_review' : 'draft', duplicates };
};
