import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { closeBrowser, DEMO_USERS, demoPassword, launchBrowser, login, openSession, pickSelectOption } from './support/browser';
import { activeBlueprint, apiLogin, createSession, register, userId } from './support/sitting';

jest.setTimeout(180_000);

interface PaperItem {
  id: string;
  type: string;
  options?: { key: string }[];
  blanks?: number;
}

const ANSWER = '先致歉并倾听客户诉求，\n再核实问题并给出方案，\n最后跟踪回访。';

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what} → ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Polls `check` every 250 ms until it returns a value (or times out). */
async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Answers every item through the API (short answers with line breaks) and submits. */
async function sitAndSubmit(request: APIRequestContext, sessionId: string): Promise<{ attemptId: string; subjective: number }> {
  const attempt = await ok<{ id: string; items: PaperItem[] }>(await request.post(`/api/exam-sessions/${sessionId}/attempts`), 'start attempt');
  let seq = 0;
  for (const item of attempt.items) {
    const keys = (item.options ?? []).map((option) => option.key);
    const response =
      item.type === 'single' ? keys[0]
      : item.type === 'multiple' ? keys.slice(0, 2)
      : item.type === 'judge' ? true
      : item.type === 'fill' ? Array.from({ length: item.blanks ?? 1 }, () => '客户')
      : ANSWER;
    seq += 1;
    await ok(await request.put(`/api/attempts/${attempt.id}/answers/${item.id}`, { data: { response, seq } }), 'save answer');
  }
  expect((await request.post(`/api/attempts/${attempt.id}/submit`)).status()).toBe(202);
  return { attemptId: attempt.id, subjective: attempt.items.filter((item) => item.type === 'short' || item.type === 'case').length };
}

/** The antd message (toast) with `text`. */
const toast = (page: Page, text: string) => page.locator('.ant-message').getByText(text).first();

describe('marking, publication and the candidate’s result', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  it('a trainer marks blind, an officer publishes, the candidate sees the per-area breakdown', async () => {
    const title = `阅卷发布测试 ${Date.now()}`;
    const officerApi = await openSession(browser);
    const candidateApi = await openSession(browser);
    const officer = await openSession(browser);
    const trainer = await openSession(browser);
    const candidate = await openSession(browser);
    try {
      // Setup through the API: a session, candidate1 registered, the paper answered and submitted.
      await apiLogin(officerApi.context.request, DEMO_USERS.officer, demoPassword());
      // The 政企 track: candidate1's failed, published exam here must not bar the VIP sessions other tests enrol candidate1 in (retake interval).
      const blueprint = await activeBlueprint(officerApi.context.request, 'gov-enterprise-sales-manager', 1);
      const session = await createSession(officerApi.context.request, { blueprintId: blueprint.id, title });
      await register(officerApi.context.request, session.id, await userId(officerApi.context.request, DEMO_USERS.candidate));
      await apiLogin(candidateApi.context.request, DEMO_USERS.candidate, demoPassword());
      const { attemptId, subjective } = await sitAndSubmit(candidateApi.context.request, session.id);
      expect(subjective).toBeGreaterThan(0);

      // The worker grades the objective items and opens a marking task per subjective answer.
      await until('the attempt to await marking', async () => {
        const status = await ok<{ status: string }>(await officerApi.context.request.get(`/api/attempts/${attemptId}`), 'attempt status');
        return status.status === 'marking' ? true : undefined;
      });
      const openTasks = await ok<{ total: number }>(
        await officerApi.context.request.get('/api/marking/tasks', { params: { status: 'open', sessionId: session.id, pageSize: 200 } }),
        'tasks',
      );
      expect(openTasks.total).toBe(subjective);
      const trainers = await ok<{ items: { username: string; displayName: string }[] }>(
        await officerApi.context.request.get('/api/users', { params: { role: 'trainer', q: DEMO_USERS.trainer } }),
        'trainers',
      );
      const trainerUser = trainers.items.find((user) => user.username === DEMO_USERS.trainer);
      if (!trainerUser) throw new Error('no trainer1');

      // The officer distributes the session's tasks to trainer1 on 阅卷管理.
      await login(officer.page, DEMO_USERS.officer);
      await officer.page.getByTestId('nav-marking').click();
      await officer.page.getByTestId('marking-admin').waitFor();
      // Filter by the session (typed: the list of sessions may be long).
      await officer.page.getByTestId('marking-session-filter').click();
      await officer.page.keyboard.type(title);
      await officer.page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`).click();
      await officer.page.getByTestId('marking-tasks').locator('[data-testid="marking-task-row"]', { hasText: title }).nth(subjective - 1).waitFor();
      expect(await officer.page.getByTestId('workload-sessions').locator('tbody tr.ant-table-row').count()).toBe(1);
      const sessionRow = officer.page.getByTestId('workload-sessions').locator('tr', { hasText: title });
      await sessionRow.getByTestId('distribute-open').click();
      await pickSelectOption(officer.page, 'distribute-trainers', `${trainerUser.displayName}（${trainerUser.username}）`);
      await officer.page.getByTestId('distribute-submit').click();
      await toast(officer.page, `已分配 ${subjective} 个任务`).waitFor();
      await sessionRow.getByTestId('distribute-open').and(officer.page.locator('[disabled]')).waitFor();
      await officer.page.getByTestId('distribute-submit').waitFor({ state: 'hidden' });
      await officer.page.screenshot({ path: '/tmp/marking-admin.png', fullPage: true });

      // trainer1 marks every task in the UI: blind, with the answer as typed.
      await login(trainer.page, DEMO_USERS.trainer);
      await trainer.page.getByTestId('nav-marking').click();
      await trainer.page.getByTestId('marker-desk').waitFor();
      await trainer.page.getByTestId('marking-scope').getByText('分配给我').click();
      const myRows = trainer.page.locator('[data-testid="marking-task-row"]', { hasText: title });
      await myRows.first().waitFor();
      expect(await myRows.count()).toBe(subjective);
      await myRows.first().getByTestId('marking-task-open').click();

      const marked: string[] = [];
      for (let n = 1; n <= subjective; n++) {
        const taskPage = trainer.page.locator('[data-testid="mark-task-page"][data-status="open"]');
        await taskPage.waitFor();
        await taskPage.getByText(title).first().waitFor();
        expect(await trainer.page.getByTestId('marking-answer').textContent()).toBe(ANSWER);
        await trainer.page.getByTestId('marking-answer-chars').getByText(`共 ${[...ANSWER].length} 字`).waitFor();
        const body = (await trainer.page.locator('body').textContent()) ?? '';
        for (const identity of ['张晓明', DEMO_USERS.candidate]) expect(body).not.toContain(identity);

        const task = await ok<{ id: string; rubric: { criterion: string; maxPoints: number }[]; maxPoints: number }>(
          await trainer.context.request.get(`/api/marking/tasks/${await taskPage.getAttribute('data-task-id')}`),
          'task',
        );
        if (n === 1) {
          // Nothing scored: every criterion says so and nothing is sent.
          await trainer.page.getByTestId('mark-submit').click();
          await trainer.page.getByText('请为此项打分').first().waitFor();
        }
        // Full marks on the first criterion, half (rounded down to a half point) on the others.
        const given = task.rubric.map((c, index) => (index === 0 ? c.maxPoints : Math.floor(c.maxPoints) / 2));
        for (const [index, points] of given.entries()) await trainer.page.getByTestId(`mark-score-${index}`).fill(String(points));
        await trainer.page.getByTestId('mark-comment').fill(`第 ${n} 份：要点基本齐全`);
        const rubricMax = task.rubric.reduce((sum, c) => sum + c.maxPoints, 0);
        const expected = Math.round((given.reduce((sum, p) => sum + p, 0) / rubricMax) * task.maxPoints * 100) / 100;
        await until('the live total', async () => ((await trainer.page.getByTestId('mark-total').textContent()) ?? '').includes(expected.toFixed(2)) || undefined, 5_000);
        if (n === 1) await trainer.page.screenshot({ path: '/tmp/marking-task.png', fullPage: true });
        marked.push(task.id);
        await trainer.page.getByTestId('mark-submit').click();
        await toast(trainer.page, '评分已提交').waitFor();
        if (n < subjective) await trainer.page.waitForURL((url) => url.pathname.startsWith('/marking/tasks/') && !url.pathname.endsWith(task.id));
      }
      await until('the attempt to be graded', async () => {
        const status = await ok<{ status: string }>(await officerApi.context.request.get(`/api/attempts/${attemptId}`), 'attempt status');
        return status.status === 'graded' ? true : undefined;
      });
      // 已阅 lists the marked tasks; a marked task opens read-only with its scores and comment.
      await trainer.page.goto('/marking?tab=done');
      await trainer.page.getByTestId('marking-task-row').first().waitFor();
      await trainer.page.goto(`/marking/tasks/${marked[0]}`);
      await trainer.page.getByTestId('marking-done').getByText('第 1 份：要点基本齐全').waitFor();
      expect(await trainer.page.getByTestId('rubric-form').count()).toBe(0);
      await trainer.page.screenshot({ path: '/tmp/marking-done.png' });

      // Before publication the candidate's result page says so.
      await login(candidate.page, DEMO_USERS.candidate);
      await candidate.page.goto(`/my-exams/attempts/${attemptId}/result`);
      await candidate.page.getByTestId('my-result-unavailable').getByText('成绩尚未发布').waitFor();

      // The officer reviews the statistics and publishes.
      const officerView = await ok<{ result: { score: number; passed: boolean; areas: { title: string; earned: number; possible: number }[] } }>(
        await officerApi.context.request.get(`/api/attempts/${attemptId}`),
        'officer view',
      );
      await officer.page.goto(`/exam-sessions/${session.id}`);
      await officer.page.getByTestId('session-results').click();
      await officer.page.getByTestId('session-results-page').getByText(title).first().waitFor();
      await officer.page.getByTestId('results-stat-graded').getByText('1').waitFor();
      await officer.page.getByTestId('results-distribution-chart').locator('canvas').waitFor();
      await officer.page.screenshot({ path: '/tmp/results-chart.png', fullPage: true });
      await officer.page.getByTestId('results-distribution-view').getByText('表格').click();
      await officer.page.getByTestId('results-distribution-table').getByText('1', { exact: true }).first().waitFor();
      expect(await officer.page.getByTestId('results-areas').locator('tbody tr.ant-table-row').count()).toBe(officerView.result.areas.length);
      const row = officer.page.locator(`[data-testid="results-attempt-row"][data-attempt-id="${attemptId}"]`);
      await row.getByText(String(officerView.result.score)).waitFor();
      await officer.page.getByTestId('results-publish').click();
      await officer.page.getByTestId('results-publish-summary').getByText('已评分 1 份，全部答卷均已评完').waitFor();
      await officer.page.getByTestId('results-publish-confirm').click();
      await toast(officer.page, '成绩已发布').waitFor();
      await officer.page.locator('[data-testid="results-published"][data-published="true"]').getByText('已于').waitFor();
      // No key was corrected: a regrade has nothing to do and says so.
      await officer.page.getByTestId('regrade-start').click();
      await officer.page.getByTestId('regrade-nothing').getByText('没有需要重新评分的答卷').waitFor();
      await officer.page.screenshot({ path: '/tmp/results-published.png', fullPage: true });

      // The candidate opens 查看成绩 from 我的考试 and sees the per-area breakdown.
      await candidate.page.getByTestId('nav-my-exams').click();
      await candidate.page.locator(`[data-testid="my-exam"][data-session-id="${session.id}"]`).getByTestId('my-exam-result').click();
      const result = candidate.page.getByTestId('my-result');
      await result.waitFor();
      await until('the score', async () => ((await candidate.page.getByTestId('my-result-score').textContent()) ?? '').includes(officerView.result.score.toFixed(2)) || undefined, 5_000);
      await result.getByText(officerView.result.passed ? '通过' : '未通过', { exact: true }).first().waitFor();
      const areas = candidate.page.getByTestId('result-area');
      expect(await areas.count()).toBe(officerView.result.areas.length);
      for (const area of officerView.result.areas) {
        await candidate.page.getByTestId('result-areas').locator('tr', { hasText: area.title }).getByText(`${area.earned} / ${area.possible}`).waitFor();
      }
      const items = candidate.page.getByTestId('result-item');
      expect(await items.count()).toBeGreaterThan(subjective);
      expect(await candidate.page.locator('[data-testid="result-item"][data-outcome="pending"]').count()).toBe(0);
      await candidate.page.screenshot({ path: '/tmp/my-result.png', fullPage: true });
    } finally {
      for (const s of [officerApi, candidateApi, officer, trainer, candidate]) await s.context.close();
    }
  });
});
