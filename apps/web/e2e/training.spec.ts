import type { Browser } from 'playwright-core';
import { closeBrowser, launchBrowser, login, openSession } from './support/browser';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(180_000);

/** candidate2 is used by no other browser test: its 错题本 and mastery start empty. */
const CANDIDATE = 'candidate2';

describe('training mode', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  it('practises a chapter with instant feedback, takes a mock exam with its breakdown, and masters a wrong answer in the 错题本', async () => {
    const { context, page } = await openSession(browser);
    try {
      await login(page, CANDIDATE);

      // 学习中心: the level's chapters with their requirement labels and mastery.
      await page.getByTestId('nav-training').click();
      await page.getByTestId('learning-centre-page').waitFor();
      await page.locator('[data-testid="chapter-row"][data-code="VIP-1.1.1"]').waitFor();
      await page.getByTestId('training-hours').getByText('30 / 30').waitFor();

      // 章节练习: a set of the chapter; answer a 判断 wrong (retrying if the first guess was right).
      await page.getByTestId('nav-practice').click();
      await page.getByTestId('chapter-practice-page').waitFor();
      await page.locator('[data-testid="chapter-row"][data-code="VIP-1.1.1"]').getByTestId('chapter-practice').click();
      await page.getByTestId('practice-set-page').waitFor();
      const judge = page.locator('[data-testid="practice-item"][data-type="judge"]').first();
      const stem = ((await judge.locator('.question-stem').textContent()) ?? '').trim().slice(0, 12);
      expect(stem.length).toBeGreaterThan(5);
      // no key or explanation before answering
      expect(await judge.getByTestId('practice-feedback').count()).toBe(0);
      await judge.getByTestId('judge-true').click();
      await judge.getByTestId('practice-submit').click();
      const feedback = judge.getByTestId('practice-feedback');
      await feedback.waitFor();
      await judge.getByTestId('practice-key').waitFor();
      await judge.getByTestId('practice-explanation').waitFor();
      if ((await feedback.getAttribute('data-correct')) === 'true') {
        await judge.getByTestId('practice-retry').click();
        await judge.getByTestId('judge-false').click();
        await judge.getByTestId('practice-submit').click();
      }
      await judge.locator('[data-testid="practice-feedback"][data-correct="false"]').waitFor();
      await judge.getByText('回答错误').waitFor();

      // 模拟考试: assembled by the 四级 比重表, timed, graded at once with the per-area breakdown.
      await page.getByTestId('nav-mock-exams').click();
      await page.getByTestId('mock-exams-page').waitFor();
      await page.getByTestId('mock-start').click();
      await page.getByTestId('mock-paper').waitFor();
      expect((await page.getByTestId('sitting-clock').textContent()) ?? '').toMatch(/^01:(39|40):\d{2}$/);
      const first = page.getByTestId('sitting-question');
      const type = await first.getAttribute('data-type');
      if (type === 'judge') await page.getByTestId('judge-true').click();
      else if (type === 'fill') await page.getByTestId('blank-1').fill('政企分开');
      else await page.getByTestId('option-A').click();
      await page.getByTestId('save-state').and(page.locator('[data-state="saved"]')).waitFor();
      await page.getByTestId('submit-open').click();
      await page.getByTestId('submit-confirm').click();
      await page.getByTestId('mock-result').waitFor();
      await page.getByTestId('mock-score').waitFor();
      expect(await page.getByTestId('mock-area-row').count()).toBe(6);
      await page.getByText('各知识领域得分').waitFor();

      // 错题本: the wrong 判断 is there, per chapter; mark it mastered.
      await page.getByTestId('nav-wrong-book').click();
      await page.getByTestId('wrong-book-page').waitFor();
      const entry = page.locator('[data-testid="wrong-item"]', { hasText: stem });
      await entry.waitFor();
      expect(await entry.getAttribute('data-status')).toBe('open');
      await entry.getByTestId('wrong-master').click();
      await page.getByText('已标记为已掌握').waitFor();
      await entry.waitFor({ state: 'detached' });
      await page.getByTestId('wrong-status-filter').getByText('已掌握').click();
      await page.locator('[data-testid="wrong-item"][data-status="mastered"]', { hasText: stem }).waitFor();
    } finally {
      await context.close();
    }
  });
});
