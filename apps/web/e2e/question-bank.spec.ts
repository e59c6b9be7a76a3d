import type { Browser, Page } from 'playwright-core';
import { closeBrowser, DEMO_USERS, launchBrowser, login, openSession } from './support/browser';
import { buildQuestionSheet, pickTreeNode, singleChoiceRow, tableRow } from './support/question-bank';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(180_000);

const CHAPTER = 'VIP-1.2.1';

async function statusOf(page: Page): Promise<string> {
  return (await page.getByTestId('question-status').textContent()) ?? '';
}

async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="question-status"]', { hasText: text }).waitFor();
}

describe('question bank authoring and review', () => {
  let browser: Browser;
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  it('trainer1 writes and submits a single-choice question; trainer2 approves it from the review queue', async () => {
    const author = await openSession(browser);
    const reviewer = await openSession(browser);
    const stem = `接待VIP客户时应当首先(  )。E2E${suffix}`;
    try {
      const { page } = author;
      await login(page, DEMO_USERS.trainer);
      await page.getByTestId('nav-questions').click();
      await page.getByTestId('question-table').waitFor();
      await page.getByTestId('qb-create').click();
      await page.getByTestId('question-form').waitFor();

      await pickTreeNode(page, 'qe-node', CHAPTER);
      await page.getByTestId('qe-stem').fill(`**${stem}**`);
      const options = ['主动问候并确认客户身份', '直接推荐新业务', '让客户自行等候', '先处理自己的事务'];
      for (const [index, text] of options.entries()) {
        await page.getByTestId(`qe-option-${String.fromCharCode(65 + index)}`).fill(text);
      }
      await page.getByTestId('qe-correct-A').locator('input').check();
      await page.getByTestId('qe-requirement').getByText('熟悉').click();
      await page.getByTestId('qe-difficulty').getByText('2', { exact: true }).click();

      // The live preview renders the markup (bold) and marks the key.
      expect(await page.locator('[data-testid="qe-preview-view-stem"] strong').textContent()).toBe(stem);
      expect(await page.getByTestId('qe-preview-view-option-A').getAttribute('class')).toContain('correct');

      await page.getByTestId('qe-save').click();
      await page.getByTestId('question-detail').waitFor();
      await waitForStatus(page, '草稿');
      const questionPath = new URL(page.url()).pathname;
      expect(questionPath).toMatch(/^\/questions\/[0-9a-f-]{36}$/);

      await page.getByTestId('question-submit').click();
      await waitForStatus(page, '审核中');

      // The author may not approve their own version: the server's refusal is shown.
      await page.getByTestId('question-approve').click();
      expect(await page.getByTestId('question-action-error').textContent()).toContain('不能审核自己');
      expect(await statusOf(page)).toBe('审核中');

      const other = reviewer.page;
      await login(other, 'trainer2');
      await other.getByTestId('nav-review-queue').click();
      const row = tableRow(other, 'review-queue', `E2E${suffix}`);
      await row.waitFor();
      await row.getByTestId('review-approve').click();
      await row.waitFor({ state: 'detached' });

      await other.goto(questionPath);
      await waitForStatus(other, '已启用');
      expect(await other.getByTestId('question-version').textContent()).toContain('第 1 版');

      await other.goto(`/questions?q=E2E${suffix}`);
      const listed = tableRow(other, 'question-table', `E2E${suffix}`);
      await listed.waitFor();
      expect(await listed.getByTestId('qb-row-status').textContent()).toBe('已启用');
    } finally {
      await author.context.close();
      await reviewer.context.close();
    }
  });

  it('trainer1 imports a sheet: sees the bad row, fixes it and sees the created count', async () => {
    const { context, page } = await openSession(browser);
    const good = singleChoiceRow(CHAPTER, `拜访客户前应当(  )。导入${suffix}甲`, 'A', 2);
    const bad = singleChoiceRow(CHAPTER, `拜访客户时应当(  )。导入${suffix}乙`, 'A', 9);
    const fixed = singleChoiceRow(CHAPTER, `拜访客户时应当(  )。导入${suffix}乙`, 'A', 3);
    try {
      await login(page, DEMO_USERS.trainer);
      await page.getByTestId('nav-questions').click();
      await page.getByTestId('qb-import').click();
      const modal = page.getByTestId('qi-modal');
      await modal.waitFor();

      const upload = async (buffer: Buffer) => {
        await modal.locator('input[type=file]').setInputFiles({ name: `questions-${suffix}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
        await page.getByTestId('qi-start').click();
      };

      await upload(await buildQuestionSheet([good, bad]));
      await page.getByTestId('qi-failed').waitFor();
      const errorRow = tableRow(page, 'qi-errors', '第 3 行');
      await errorRow.waitFor();
      expect(await errorRow.textContent()).toContain('难度');
      expect(await page.locator('[data-testid="qi-errors"] tbody tr').count()).toBe(1);
      expect(await page.getByTestId('qi-download-errors').isVisible()).toBe(true);

      await page.getByTestId('qi-again').click();
      await upload(await buildQuestionSheet([good, fixed]));
      const done = page.getByTestId('qi-completed');
      await done.waitFor();
      expect(await done.textContent()).toContain('新建 2 道题目');
      await page.keyboard.press('Escape');

      await page.goto(`/questions?q=导入${suffix}`);
      await tableRow(page, 'question-table', `导入${suffix}乙`).waitFor();
      expect(await page.locator('[data-testid="question-table"] tbody tr', { hasText: `导入${suffix}` }).count()).toBe(2);
    } finally {
      await context.close();
    }
  });
});
