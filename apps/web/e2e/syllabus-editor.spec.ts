import type { Browser } from 'playwright-core';
import { closeBrowser, DEMO_USERS, launchBrowser, login, openSession, pickSelectOption } from './support/browser';
import { syllabusNode } from './support/question-bank';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(120_000);

describe('syllabus editor', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  it('a trainer adds a point under a chapter and deletes it; a chapter with questions is refused with its count', async () => {
    const { context, page } = await openSession(browser);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e3)}`;
    const code = `VIP-1.2.1.E${suffix}`;
    const title = `测试知识点${suffix}`;
    try {
      await login(page, DEMO_USERS.trainer);
      await page.getByTestId('nav-syllabus').click();
      await page.getByTestId('syllabus-tree').waitFor();

      await syllabusNode(page, 'VIP-1.2.1').click();
      const panel = page.getByTestId('syllabus-node-panel');
      expect(await panel.getByTestId('syllabus-panel-code').textContent()).toBe('VIP-1.2.1');
      await panel.getByTestId('syllabus-add-child').click();
      await page.getByTestId('syllabus-node-form').waitFor();
      expect(await page.getByTestId('syllabus-node-kind').textContent()).toContain('知识点');
      await page.getByTestId('syllabus-node-code').fill(code);
      await page.getByTestId('syllabus-node-title').fill(title);
      await pickSelectOption(page, 'syllabus-node-requirement', '掌握');
      await page.getByTestId('syllabus-node-save').click();
      await page.getByTestId('syllabus-node-form').waitFor({ state: 'detached' });

      const added = syllabusNode(page, code);
      await added.waitFor();
      expect(await added.textContent()).toContain(title);
      expect(await added.textContent()).toContain('掌握');

      await added.click();
      expect(await panel.getByTestId('syllabus-panel-code').textContent()).toBe(code);
      await panel.getByTestId('syllabus-delete').click();
      await page.getByTestId('syllabus-delete-confirm').click();
      await added.waitFor({ state: 'detached' });

      // The chapter holds demo questions: the server refuses and the page says how many.
      await syllabusNode(page, 'VIP-1.2.1').click();
      await panel.getByTestId('syllabus-delete').click();
      await page.getByTestId('syllabus-delete-confirm').click();
      const refusal = page.getByTestId('syllabus-delete-error');
      await refusal.waitFor();
      const text = (await refusal.textContent()) ?? '';
      const count = Number(/还有 (\d+) 道题目/.exec(text)?.[1] ?? 0);
      expect(count).toBeGreaterThan(0);
      expect(text).toContain(`${count} 道题目`);
      expect(await syllabusNode(page, 'VIP-1.2.1').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
