import type { Browser } from 'playwright-core';
import { closeBrowser, DEMO_USERS, launchBrowser, login, openSession, pickSelectOption } from './support/browser';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(120_000);

describe('admin user management', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  it('creates a user through the form and finds it in the list', async () => {
    const { context, page } = await openSession(browser);
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const username = `e2e_${suffix}`;
    const displayName = `测试考生${suffix.slice(-4)}`;
    try {
      await login(page, DEMO_USERS.admin);
      await page.getByTestId('nav-users').click();
      await page.getByTestId('users-table').waitFor();

      await page.getByTestId('user-create').click();
      const form = page.getByTestId('user-form');
      await form.waitFor();
      await page.getByTestId('user-form-username').fill(username);
      await page.getByTestId('user-form-display-name').fill(displayName);
      await page.getByTestId('user-form-password').fill(`Cm-${suffix}-Strong!9`);
      await pickSelectOption(page, 'user-form-roles', '考生');
      await page.getByTestId('user-form-submit').click();
      await form.waitFor({ state: 'hidden' });

      const search = page.getByTestId('users-filter-q').locator('input');
      await search.fill(username);
      await search.press('Enter');
      const row = page.locator('[data-testid="users-table"] tbody tr', { hasText: username });
      await row.waitFor();
      expect(await row.textContent()).toContain(displayName);
      expect(await row.textContent()).toContain('考生');
    } finally {
      await context.close();
    }
  });
});
