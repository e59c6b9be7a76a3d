import type { Browser } from 'playwright-core';
import { closeBrowser, DEMO_USERS, launchBrowser, login, openSession, pickSelectOption } from './support/browser';
import { numberInput, sectionIndex, setNumber, shot, versionWithStatus, waitForStatus } from './support/blueprints';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(180_000);

describe('blueprints (比重表)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  it('an officer edits a 比重表, sees a shortfall, fixes it, checks feasibility and activates it', async () => {
    const { context, page } = await openSession(browser);
    try {
      await login(page, DEMO_USERS.officer);
      await page.getByTestId('nav-blueprints').click();
      await page.getByTestId('blueprints-page').waitFor();
      await pickSelectOption(page, 'bp-track', 'VIP客户服务经理');
      await page.getByTestId('bp-level-2').click();
      const previous = await versionWithStatus(page, 'active');
      const editor = page.getByTestId('bp-editor');
      await page.locator(`[data-testid="bp-editor"][data-version="${previous}"]`).waitFor();

      // Copy the active version into a new draft.
      await page.getByTestId('bp-save-new').click();
      await page.locator(`[data-testid="bp-editor"][data-version]:not([data-version="${previous}"])`).waitFor();
      const draft = Number(await editor.getAttribute('data-version'));
      expect(draft).toBeGreaterThan(previous);
      await waitForStatus(page, draft, 'draft');
      await page.getByTestId('bp-save-draft').waitFor();

      // 案例分析 20 × 20: the sections no longer add up to the total — shown live, saving blocked.
      const i = await sectionIndex(page, '案例分析');
      const originalCount = Number(await numberInput(page, `bp-section-count-${i}`).inputValue());
      const originalPoints = Number(await numberInput(page, `bp-section-points-${i}`).inputValue());
      await setNumber(page, `bp-section-count-${i}`, 20);
      expect(await page.getByTestId('bp-sections-sum').getAttribute('data-problem')).toContain('须等于总分');
      expect(await page.getByTestId('bp-save-draft').isDisabled()).toBe(true);
      await page.getByTestId('bp-problems').waitFor();
      await shot(page, '1-live-problem');

      // 20 × 1 adds up again, but asks for far more case questions than the demo bank holds.
      await setNumber(page, `bp-section-points-${i}`, 1);
      expect(await page.getByTestId('bp-sections-sum').getAttribute('data-problem')).toBe('');
      await page.getByTestId('bp-save-draft').click();
      await page.locator('[data-testid="bp-save-draft"]:disabled').waitFor();
      await page.getByTestId('bp-check').click();
      await page.locator('[data-testid="bp-feasibility"][data-feasible="false"]').waitFor();
      const shortfalls = page.getByTestId('bp-shortfalls');
      const text = (await shortfalls.textContent()) ?? '';
      expect(text).toContain('案例分析');
      expect(text).toMatch(/需要 \d+ 道，题库现有 \d+ 道/);
      expect(await page.locator('[data-testid^="bp-feas-cell-"][data-short="true"]').count()).toBeGreaterThan(0);
      expect((await page.getByTestId('bp-feas-forms').textContent()) ?? '').toMatch(/可组成 \d+ 套/);
      await shot(page, '2-shortfall');

      // Fix it back → feasible.
      await setNumber(page, `bp-section-count-${i}`, originalCount);
      await setNumber(page, `bp-section-points-${i}`, originalPoints);
      expect(await page.getByTestId('bp-feasibility').count()).toBe(0);
      await page.getByTestId('bp-save-draft').click();
      await page.locator('[data-testid="bp-save-draft"]:disabled').waitFor();
      await page.getByTestId('bp-check').click();
      await page.locator('[data-testid="bp-feasibility"][data-feasible="true"]').waitFor();
      expect(await page.locator('[data-testid^="bp-feas-cell-"][data-short="true"]').count()).toBe(0);
      await shot(page, '3-feasible');

      // Activate: the draft becomes 已启用 and the previous version 已停用.
      await page.getByTestId('bp-activate').click();
      await page.getByTestId('bp-activate-confirm').click();
      await waitForStatus(page, draft, 'active');
      await waitForStatus(page, previous, 'retired');
      expect(await page.getByTestId(`bp-status-${draft}`).textContent()).toBe('已启用');
      expect(await page.getByTestId(`bp-status-${previous}`).textContent()).toBe('已停用');
      await shot(page, '4-activated');
    } finally {
      await context.close();
    }
  });
});
