import type { Browser } from 'playwright-core';
import { closeBrowser, DEMO_USERS, launchBrowser, login, openSession, pickSelectOption } from './support/browser';

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
});
