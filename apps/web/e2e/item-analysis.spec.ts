import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { BASE_URL, closeBrowser, demoPassword, DEMO_USERS, launchBrowser, login, openSession } from './support/browser';
import { buildQuestionSheet, singleChoiceRow, tableRow } from './support/question-bank';
import { activeBlueprint, apiLogin, register, userId } from './support/sitting';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(180_000);

const CANDIDATES = ['candidate1', 'candidate2', 'candidate3'];

interface Item {
  id: string;
  type: string;
  options?: { key: string }[];
  blanks?: number;
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what} → ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('item analysis (officer) and background jobs (admin)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const apiAs = async (username: string): Promise<APIRequestContext> => {
    const context = await browser.newContext({ baseURL: BASE_URL });
    contexts.push(context);
    await apiLogin(context.request, username, demoPassword());
    return context.request;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await closeBrowser(browser);
  });

  it('an officer opens 题目分析 from a graded fixed-paper session: chart, reliability and each item’s options', async () => {
    const marker = `题目分析${Date.now()}`;
    const officer = await apiAs(DEMO_USERS.officer);
    const blueprint = await activeBlueprint(officer, 'vip-service-manager', 1);
    const session = await ok<{ id: string }>(
      await officer.post('/api/exam-sessions', {
        data: { blueprintId: blueprint.id, title: marker, formMode: 'fixed', parallelForms: 1, opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 3 * 3600_000).toISOString() },
      }),
      'POST /api/exam-sessions',
    );
    const { jobId } = await ok<{ jobId: string }>(await officer.post(`/api/exam-sessions/${session.id}/forms`), 'POST forms');
    await until('the papers', async () => (await ok<{ state: string }>(await officer.get(`/api/jobs/${jobId}`), 'GET job')).state === 'completed');

    // Three candidates sit the same paper with different answers and submit.
    for (const [k, username] of CANDIDATES.entries()) {
      await register(officer, session.id, await userId(officer, username));
      const candidate = await apiAs(username);
      const attempt = await ok<{ id: string; items: Item[] }>(await candidate.post(`/api/exam-sessions/${session.id}/attempts`), 'POST attempts');
      let seq = 0;
      for (const item of attempt.items) {
        const keys = (item.options ?? []).map((o) => o.key);
        const response =
          item.type === 'single' ? keys[k % keys.length]
          : item.type === 'multiple' ? keys.slice(0, k + 1)
          : item.type === 'judge' ? k !== 1
          : item.type === 'fill' ? Array.from({ length: item.blanks ?? 1 }, () => `答案${k}`)
          : `${marker} 考生${k}：先倾听并致歉，再核实诉求、给出方案并回访。`;
        await ok(await candidate.put(`/api/attempts/${attempt.id}/answers/${item.id}`, { data: { response, seq: ++seq } }), 'PUT answer');
      }
      await ok(await candidate.post(`/api/attempts/${attempt.id}/submit`), 'POST submit');
    }

    // Trainers mark this session's essays (found by the marker in the answer; marking is blind).
    const trainers = [await apiAs('trainer1'), await apiAs('trainer2')];
    await until('every paper graded', async () => {
      for (const trainer of trainers) {
        const tasks = await ok<{ items: { id: string; response: unknown; rubric: { criterion: string; maxPoints: number }[] }[] }>(
          await trainer.get('/api/marking/tasks', { params: { status: 'open', pageSize: 200 } }),
          'GET marking tasks',
        );
        for (const task of tasks.items.filter((t) => String(t.response).includes(marker))) {
          const k = Number(/考生(\d)/.exec(String(task.response))?.[1] ?? 0);
          // Refusals (e.g. the other round of a double-marked item) are left to the other trainer.
          await trainer.post(`/api/marking/tasks/${task.id}`, { data: { scores: task.rubric.map((c) => ({ criterion: c.criterion, points: Math.floor((c.maxPoints * (k + 1)) / 3) })), comment: '浏览器测试评分' } });
        }
      }
      const analysis = await ok<{ attempts: number }>(await officer.get(`/api/exam-sessions/${session.id}/item-analysis`), 'GET item-analysis');
      return analysis.attempts === CANDIDATES.length;
    }, 90_000);

    const { context, page } = await openSession(browser);
    try {
      await login(page, DEMO_USERS.officer);
      await page.goto(`/exam-sessions/${session.id}`);
      await page.getByTestId('session-item-analysis').click();
      await page.getByTestId('item-analysis-page').waitFor();
      await page.getByTestId('analysis-attempts').getByText('3').waitFor();
      await page.locator('[data-testid="analysis-chart"] canvas').first().waitFor();
      // One fixed form: its reliability (alpha, since the paper has essay items) is shown.
      await page.getByTestId('reliability-A').waitFor();
      expect(await page.getByTestId('analysis-reliability').textContent()).toContain('α 系数');
      // 47 items, 20 a page; the first single-choice row opens its option analysis.
      expect(await page.locator('[data-testid="analysis-table"] tbody tr.ant-table-row').count()).toBe(20);
      const singleRow = tableRow(page, 'analysis-table', '单选').first();
      await singleRow.locator('.ant-table-row-expand-icon').click();
      await page.getByTestId('distractor-table').first().waitFor();
      expect(await page.getByTestId('distractor-table').first().textContent()).toContain('正确答案');
      // Three candidates are below the minimum N: figures are shown, not flagged.
      expect(await page.getByTestId('analysis-flagged').textContent()).toContain('0');
      await page.screenshot({ path: '/tmp/item-analysis.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('an admin finds a failed job under 系统管理 → 后台任务 with its error, and retries it', async () => {
    const trainer = await apiAs(DEMO_USERS.trainer);
    const stem = `后台任务测试${Date.now()}`;
    const buffer = await buildQuestionSheet([singleChoiceRow('VIP-1.2.1', stem, 'A', 9)]);
    const { jobId } = await ok<{ jobId: string }>(
      await trainer.post('/api/questions/import', { multipart: { file: { name: 'bad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer } } }),
      'POST /api/questions/import',
    );
    await until('the import to fail', async () => (await ok<{ state: string }>(await trainer.get(`/api/jobs/${jobId}`), 'GET job')).state === 'failed');

    const { context, page } = await openSession(browser);
    try {
      await login(page, DEMO_USERS.admin);
      await page.getByTestId('nav-jobs').click();
      await page.getByTestId('jobs-admin-page').waitFor();
      const retry = page.getByTestId(`job-retry-${jobId}`);
      await retry.waitFor();
      const row = page.locator('[data-testid="jobs-table"] tbody tr', { has: retry });
      expect(await row.textContent()).toContain('导入题目');
      expect(await row.getByTestId('job-error').textContent()).toMatch(/\S+: \S+/);
      await page.screenshot({ path: '/tmp/jobs-admin.png', fullPage: true });
      await retry.click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.getByText('任务已重新投递').waitFor();
      // The same bad sheet fails again and is back in the failed list.
      await until('the retried import to fail again', async () => (await ok<{ state: string }>(await trainer.get(`/api/jobs/${jobId}`), 'GET job')).state === 'failed');
    } finally {
      await context.close();
    }
  });
});
