import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import { BASE_URL, closeBrowser, DEMO_USERS, demoPassword, launchBrowser, login, openSession, pickSelectOption } from './support/browser';
import { pickTreeNode } from './support/question-bank';
import { apiLogin } from './support/sitting';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(120_000);

describe('exam sessions (officer)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  async function createThroughUi(page: import('playwright-core').Page, level: string, title: string): Promise<void> {
    await page.getByTestId('nav-exam-sessions').click();
    await page.getByTestId('session-create').click();
    await pickSelectOption(page, 'session-track', 'VIP客户服务经理');
    await pickSelectOption(page, 'session-level', level);
    await page.locator('[data-testid="session-blueprint"] .ant-select-content, [data-testid="session-blueprint"] .ant-select-selection-item').first().waitFor();
    await page.getByTestId('session-title').fill(title);
    await page.getByTestId('session-instructions').fill('请独立作答。');
    await page.getByTestId('session-create-submit').click();
    await page.getByTestId('session-detail').getByText(title).first().waitFor();
  }

  it('creates a session, enrols a candidate, refuses an ineligible one with reasons and assembles the papers', async () => {
    const { context, page } = await openSession(browser);
    try {
      await login(page, DEMO_USERS.officer);
      const title = `界面创建场次 ${Date.now()}`;
      await createThroughUi(page, '四级', title);
      await page.getByTestId('session-count-registered').getByText('0').waitFor();

      await pickCandidate(page);
      await page.getByTestId('enrol-submit').click();
      // Enrolled directly, or refused and then enrolled with a waiver.
      const refused = page.getByTestId('enrol-refusal');
      const done = page.getByText('已为', { exact: false }).first();
      await Promise.race([refused.waitFor(), done.waitFor()]);
      if (await refused.isVisible()) {
        await page.getByTestId('enrol-waiver-reason').fill('浏览器测试豁免');
        await page.getByTestId('enrol-waive').click();
        await done.waitFor();
      }
      // The live dashboard picks the registration up without a reload.
      await page.getByTestId('session-count-registered').getByText('1').waitFor({ timeout: 12_000 });

      await page.getByTestId('forms-assemble').click();
      await page.locator('[data-testid="forms-job"][data-state="completed"]').waitFor({ timeout: 60_000 });
      await page.getByTestId('forms-done').waitFor();
      await page.getByTestId('session-count-formsReady').getByText('1').waitFor({ timeout: 12_000 });
      await page.screenshot({ path: '/tmp/sessions-detail.png', fullPage: true });

      // candidate1 into a 三级 session: refused with the reasons and their numbers.
      await createThroughUi(page, '三级', `三级场次 ${Date.now()}`);
      await pickCandidate(page);
      await page.getByTestId('enrol-submit').click();
      await page.getByTestId('enrol-refusal').waitFor();
      expect(await page.getByTestId('enrol-reason').count()).toBeGreaterThan(0);
      await page.getByTestId('enrol-waive').click();
      await page.getByText('请填写豁免理由', { exact: true }).waitFor();
      await page.screenshot({ path: '/tmp/sessions-refusal.png', fullPage: true });
    } finally {
      await context.close();
    }

    async function pickCandidate(target: import('playwright-core').Page): Promise<void> {
      await target.getByTestId('enrol-candidate').click();
      await target.keyboard.type(DEMO_USERS.candidate);
      await target.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `（${DEMO_USERS.candidate}）` }).first().click();
    }
  });
  it('enrols by org unit and from an Excel list, and shows every candidate live with time left and focus losses', async () => {
    const { context, page } = await openSession(browser);
    const candidate = await browser.newContext({ baseURL: BASE_URL });
    try {
      await login(page, DEMO_USERS.officer);
      await createThroughUi(page, '四级', `批量报名场次 ${Date.now()}`);
      const sessionId = /exam-sessions\/([0-9a-f-]{36})/.exec(page.url())?.[1];
      expect(sessionId).toBeDefined();
      await page.getByTestId('session-candidates').getByText('还没有考生报名').waitFor();

      // 天河区营业部 (candidate1's unit): every active candidate there, with a per-candidate result.
      await pickTreeNode(page, 'bulk-org-unit', '天河区营业部');
      await page.getByTestId('bulk-org-submit').click();
      await page.getByTestId('bulk-summary').waitFor();
      await page.locator('[data-testid="session-candidate-row"][data-username="candidate1"]').waitFor();

      // An Excel list: one known candidate and one unknown username (refused, with its row).
      await page.getByTestId('bulk-enrol-card').getByRole('tab', { name: '从 Excel 名单' }).click();
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('名单');
      [['用户名'], ['candidate2'], ['nobody_here']].forEach((row) => sheet.addRow(row));
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      await page.getByTestId('bulk-enrol-card').locator('input[type=file]').setInputFiles({ name: '报名名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
      await page.getByTestId('bulk-sheet-submit').click();
      await page.getByTestId('bulk-summary').getByText('新报名 1 人', { exact: false }).waitFor();
      await page.locator('[data-testid="bulk-refused"] [data-code="UNKNOWN_USER"]').waitFor();
      await page.locator('[data-testid="session-candidate-row"][data-username="candidate2"]').waitFor();

      // candidate1 starts and leaves the paper once: the table shows it without a reload.
      await apiLogin(candidate.request, DEMO_USERS.candidate, demoPassword());
      const started = await candidate.request.post(`/api/exam-sessions/${sessionId}/attempts`);
      expect(started.status()).toBe(201);
      const attempt = (await started.json()) as { id: string };
      expect((await candidate.request.post(`/api/attempts/${attempt.id}/focus-events`, { data: { kind: 'hidden' } })).status()).toBe(200);
      const row = page.locator('[data-testid="session-candidate-row"][data-username="candidate1"]');
      await row.locator('[data-testid="session-candidate-status"][data-status="in_progress"]').waitFor({ timeout: 12_000 });
      await row.locator('[data-testid="session-candidate-focus"]', { hasText: '1' }).waitFor({ timeout: 12_000 });
      expect(await row.innerText()).toMatch(/\d{1,2}:\d{2}:\d{2}|\d{2}:\d{2}/);
      await page.screenshot({ path: '/tmp/sessions-dashboard.png', fullPage: true });
    } finally {
      await candidate.close();
      await context.close();
    }
  });
});
