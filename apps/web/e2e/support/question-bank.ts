import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';

/** The header of the question import sheet (api-contract.md). */
export const SHEET_HEADER = ['题型', '章节编码', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '选项G', '选项H', '答案', '难度', '认知要求', '解析', '评分要点'];

export type SheetRow = (string | number)[];

/** An .xlsx with the header and the given rows on its first sheet. */
export async function buildQuestionSheet(rows: SheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('题目');
  sheet.addRow(SHEET_HEADER);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A single-choice row of the import sheet. */
export function singleChoiceRow(chapter: string, stem: string, answer: string, difficulty: number | string): SheetRow {
  return ['单选', chapter, stem, '提前预约', '临时上门', '不出示证件', '迟到不解释', '', '', '', '', answer, difficulty, '了解', '上门拜访须提前预约。', ''];
}

/** Opens the antd TreeSelect carrying `testId`, searches `search` and picks the node whose
 * title starts with it. */
export async function pickTreeNode(page: Page, testId: string, search: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: search }).first().click();
}

/** A row of the table `testId` that contains `text`. */
export function tableRow(page: Page, testId: string, text: string): Locator {
  return page.locator(`[data-testid="${testId}"] tbody tr`, { hasText: text });
}

/** A syllabus tree node by its code. */
export function syllabusNode(page: Page, code: string): Locator {
  return page.locator(`[data-testid="syllabus-node"][data-code="${code}"]`);
}
