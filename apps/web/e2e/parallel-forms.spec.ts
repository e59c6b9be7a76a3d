import type { Browser } from 'playwright-core';
import { closeBrowser, DEMO_USERS, launchBrowser, login, openSession } from './support/browser';
import { activeBlueprint } from './support/sitting';

jest.setTimeout(120_000);

describe('parallel papers (officer)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeBrowser(browser);
  });

  it('shows the equivalence report of the A/B papers once they are assembled', async () => {
    const { context, page } = await openSession(browser);
    try {
      await login(page, DEMO_USERS.officer);
      const bp = await activeBlueprint(page.request, 'vip-service-manager', 1);
      const created = await page.request.post('/api/exam-sessions', {
        data: { blueprintId: bp.id, title: `平行试卷 ${Date.now()}`, formMode: 'fixed', parallelForms: 2, opensAt: new Date(Date.now() + 3600e3).toISOString(), closesAt: new Date(Date.now() + 7200e3).toISOString() },
      });
      expect(created.status()).toBe(201);
      const session = (await created.json()) as { id: string };
      await page.goto(`/exam-sessions/${session.id}`);
      const card = page.getByTestId('forms-equivalence');
      await card.getByText('尚未组卷', { exact: false }).waitFor();

      await page.getByTestId('forms-assemble').click();
      await page.locator('[data-testid="forms-job"][data-state="completed"]').waitFor({ timeout: 60_000 });
      // The report follows the live count of assembled papers.
      await card.locator('.ant-table-row').nth(1).waitFor({ timeout: 15_000 });
      const labels = await card.locator('.ant-table-row td:first-child').allTextContents();
      expect(labels).toEqual(['A', 'B']);
      await card.getByText('最大重复率', { exact: true }).waitFor();
      await card.getByText('平均难度差', { exact: true }).waitFor();
      const report = (await (await page.request.get(`/api/exam-sessions/${session.id}/forms/equivalence`)).json()) as { withinLimits: boolean; report: { maxOverlapPercent: number } };
      await card.getByText(report.withinLimits ? '均在限值内' : '超出限值', { exact: false }).waitFor();
      await card.getByText(`${report.report.maxOverlapPercent}%`, { exact: false }).first().waitFor();
    } finally {
      await context.close();
    }
  });
});
