import type { Browser, Page } from 'playwright-core';
import { closeBrowser, DEMO_USERS, demoPassword, launchBrowser, login, openSession } from './support/browser';
import { activeBlueprint, apiLogin, createSession, fetchPaper, firstOfTypes, openItem, register, userId } from './support/sitting';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(120_000);

// Both the batch route (…/answers) and the single-item one (…/answers/:itemId).
const ANSWERS_ROUTE = '**/api/attempts/*/answers**';

/** officer1 creates a VIP 四级 session opening now and registers candidate1. */
async function prepareSession(browser: Browser, title: string, extra: { durationMinutes?: number; graceSeconds?: number } = {}): Promise<string> {
  const { context } = await openSession(browser);
  try {
    await apiLogin(context.request, DEMO_USERS.officer, demoPassword());
    const blueprint = await activeBlueprint(context.request, 'vip-service-manager', 1);
    const session = await createSession(context.request, { blueprintId: blueprint.id, title, instructions: '请独立作答。', ...extra });
    await register(context.request, session.id, await userId(context.request, DEMO_USERS.candidate));
    return session.id;
  } finally {
    await context.close();
  }
}

/** candidate1 opens 我的考试, confirms the instructions and starts; returns the attempt id. */
async function startSitting(page: Page, sessionId: string): Promise<string> {
  await login(page, DEMO_USERS.candidate);
  await page.getByTestId('nav-my-exams').click();
  await page.locator(`[data-testid="my-exam"][data-session-id="${sessionId}"]`).getByTestId('my-exam-enter').click();
  await page.getByTestId('sitting-instructions').getByText('请独立作答。').waitFor();
  await page.getByTestId('sitting-agree').click();
  await page.getByTestId('sitting-start').click();
  const paper = page.getByTestId('sitting-paper');
  await paper.waitFor();
  const attemptId = await paper.getAttribute('data-attempt-id');
  if (!attemptId) throw new Error('no attempt id on the paper');
  return attemptId;
}

const saveState = (page: Page) => page.getByTestId('save-state');

describe('the sitting', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  it('autosaves, survives a reload and a network cut, and submits', async () => {
    const sessionId = await prepareSession(browser, `浏览器测试场次 ${Date.now()}`);
    const { context, page } = await openSession(browser);
    try {
      const attemptId = await startSitting(page, sessionId);
      const clock = (await page.getByTestId('sitting-clock').textContent()) ?? '';
      expect(clock).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      const paper = await fetchPaper(page, attemptId);
      const [single, multiple, judge, fill, short] = firstOfTypes(paper, ['single', 'multiple', 'judge', 'fill', 'short']);
      if (!single || !multiple || !judge || !fill || !short) throw new Error('the paper lacks a type');
      const keysOf = (item: typeof single) => (item.options ?? []).map((option) => option.key);

      await openItem(page, paper, single);
      await page.getByTestId(`option-${keysOf(single)[1]}`).click();
      await openItem(page, paper, multiple);
      await page.getByTestId(`option-${keysOf(multiple)[0]}`).click();
      await page.getByTestId(`option-${keysOf(multiple)[2]}`).click();
      // ← / → move between questions.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      await page.locator(`[data-testid="sitting-question"][data-item-id="${multiple.id}"]`).waitFor();
      await openItem(page, paper, judge);
      await page.getByTestId('judge-false').click();
      await page.getByTestId('flag-toggle').click();
      await saveState(page).and(page.locator('[data-state="saved"]')).waitFor();
      await page.getByText('已保存').first().waitFor();

      // A reload midway returns to the same attempt with its answers.
      await page.reload();
      await page.getByTestId('sitting-paper').waitFor();
      expect(await page.getByTestId('sitting-paper').getAttribute('data-attempt-id')).toBe(attemptId);
      await openItem(page, paper, single);
      expect(await page.getByTestId(`option-${keysOf(single)[1]}`).isChecked()).toBe(true);
      expect(await page.getByTestId(`nav-item-${paper.items.indexOf(judge) + 1}`).getAttribute('data-flagged')).toBe('true');

      // Network cut: answers stay local, the page says so, and a reload keeps them.
      await page.route(ANSWERS_ROUTE, (route) => route.abort());
      await openItem(page, paper, fill);
      for (let blank = 1; blank <= (fill.blanks ?? 1); blank += 1) await page.getByTestId(`blank-${blank}`).fill(`答案${blank}`);
      await openItem(page, paper, short);
      await page.getByTestId('answer-text').fill('先倾听客户诉求，再给出方案。');
      await page.getByTestId('answer-chars').getByText('14 字').waitFor();
      await page.getByTestId('save-offline').waitFor({ timeout: 5_000 });
      await saveState(page).getByText('未保存').waitFor();
      await page.getByText('网络已断开').first().waitFor();
      await page.reload();
      await page.getByTestId('sitting-paper').waitFor();
      await openItem(page, paper, fill);
      expect(await page.getByTestId('blank-1').inputValue()).toBe('答案1');

      await page.unroute(ANSWERS_ROUTE);
      await saveState(page).and(page.locator('[data-state="saved"]')).waitFor({ timeout: 20_000 });
      const saved = await fetchPaper(page, attemptId);
      expect(saved.answers[single.id]?.response).toBe(keysOf(single)[1]);
      expect(saved.answers[multiple.id]?.response).toEqual([keysOf(multiple)[0], keysOf(multiple)[2]].sort());
      expect(saved.answers[judge.id]?.response).toBe(false);
      expect(saved.answers[fill.id]?.response).toEqual(Array.from({ length: fill.blanks ?? 1 }, (_unused, index) => `答案${index + 1}`));
      expect(saved.answers[short.id]?.response).toBe('先倾听客户诉求，再给出方案。');
      const seqs = Object.values(saved.answers).map((answer) => answer.seq);
      expect(new Set(seqs).size).toBe(seqs.length);

      await page.getByTestId('submit-open').click();
      await page.getByTestId('submit-unanswered').getByText(`未答题目：${paper.items.length - 5} 题`).waitFor();
      await page.getByTestId('submit-flagged').getByText('标记题目：1 题').waitFor();
      await page.getByTestId('submit-confirm').click();
      await page.getByTestId('sitting-submitted').getByText('成绩将在发布后可见').waitFor();
      await page.screenshot({ path: '/tmp/sitting-submitted.png' });
      expect((await fetchPaper(page, attemptId)).status).not.toBe('in_progress');
    } finally {
      await context.close();
    }
  });

  it('shows the server’s submission when the time runs out', async () => {
    const sessionId = await prepareSession(browser, `限时测试场次 ${Date.now()}`, { durationMinutes: 1, graceSeconds: 0 });
    const { context, page } = await openSession(browser);
    try {
      const attemptId = await startSitting(page, sessionId);
      const paper = await fetchPaper(page, attemptId);
      const [judge] = firstOfTypes(paper, ['judge']);
      if (!judge) throw new Error('no judge item');
      await openItem(page, paper, judge);
      await page.getByTestId('judge-true').click();
      expect(await page.getByTestId('sitting-timer').getAttribute('data-warning')).toBe('true');
      await saveState(page).and(page.locator('[data-state="saved"]')).waitFor();
      await page.getByTestId('sitting-closed').and(page.locator('[data-done="true"]')).waitFor({ timeout: 95_000 });
      await page.getByText('时间已到，试卷已由系统提交').waitFor();
      await page.screenshot({ path: '/tmp/sitting-time-up.png' });
      const status = await page.request.get(`/api/attempts/${attemptId}`);
      expect(((await status.json()) as { status: string }).status).not.toBe('in_progress');
    } finally {
      await context.close();
    }
  }, 120_000);
  it('fits a tablet (768×1024): no sideways scrolling and finger-sized answer-sheet buttons; leaving the tab is reported', async () => {
    const sessionId = await prepareSession(browser, `平板测试场次 ${Date.now()}`);
    const { context, page } = await openSession(browser, { width: 768, height: 1024 });
    try {
      // The side menu is a drawer at this width: straight to the session.
      await login(page, DEMO_USERS.candidate);
      await page.goto(`/my-exams/${sessionId}`);
      await page.getByTestId('sitting-agree').click();
      await page.getByTestId('sitting-start').click();
      const attemptId = await page.getByTestId('sitting-paper').getAttribute('data-attempt-id');
      // (strings: this project's TypeScript has no DOM types for the test side)
      const size = await page.evaluate<{ scroll: number; width: number }>('({ scroll: document.documentElement.scrollWidth, width: window.innerWidth })');
      expect(size.scroll).toBeLessThanOrEqual(size.width);
      const button = await page.getByTestId('nav-item-1').boundingBox();
      expect(button?.height).toBeGreaterThanOrEqual(40);
      await page.screenshot({ path: '/tmp/sitting-tablet.png', fullPage: true });
      // The page reports a hidden tab (the officer's dashboard counts it).
      const reported = page.waitForRequest((request) => request.url().endsWith(`/api/attempts/${attemptId}/focus-events`) && request.method() === 'POST');
      await page.evaluate(`Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));`);
      expect((await reported).postDataJSON()).toEqual({ kind: 'hidden' });
    } finally {
      await context.close();
    }
  });
});
