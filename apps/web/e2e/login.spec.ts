import type { Browser } from 'playwright-core';
import { closeBrowser, DEMO_USERS, demoPassword, fetchMe, launchBrowser, login, openSession, submitLogin } from './support/browser';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(120_000);

describe('sign-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  const homes = [
    { role: 'admin', username: DEMO_USERS.admin, testId: 'home-admin', heading: '管理员工作台' },
    { role: 'officer', username: DEMO_USERS.officer, testId: 'home-officer', heading: '认证管理工作台' },
    { role: 'trainer', username: DEMO_USERS.trainer, testId: 'home-trainer', heading: '培训师工作台' },
    { role: 'candidate', username: DEMO_USERS.candidate, testId: 'home-candidate', heading: '我的主页' },
  ];

  it.each(homes)('$username signs in and sees the $role home page', async ({ role, username, testId, heading }) => {
    const { context, page } = await openSession(browser);
    try {
      await login(page, username);
      const me = await fetchMe(page);
      expect(me.username).toBe(username);
      expect(me.roles).toContain(role);

      await page.getByTestId(testId).waitFor();
      expect(await page.getByTestId(`${testId}-title`).textContent()).toBe(heading);
      expect(await page.getByTestId('home-greeting').textContent()).toContain(me.displayName);
      expect(await page.getByTestId('user-menu').textContent()).toContain(me.displayName);
    } finally {
      await context.close();
    }
  });

  it('shows a Chinese error for a wrong password and stays on the login page', async () => {
    const { context, page } = await openSession(browser);
    try {
      await submitLogin(page, DEMO_USERS.trainer, `${demoPassword()}-wrong`);
      const error = page.getByTestId('login-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('用户名或密码错误');
      expect(new URL(page.url()).pathname).toBe('/login');
    } finally {
      await context.close();
    }
  });

  it('signs out back to the login page, and the session is gone', async () => {
    const { context, page } = await openSession(browser);
    try {
      await login(page, DEMO_USERS.trainer);
      await page.getByTestId('user-menu').click();
      await page.getByTestId('logout').click();
      await page.getByTestId('login-page').waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');

      await page.goto('/');
      await page.getByTestId('login-page').waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
    } finally {
      await context.close();
    }
  });
});
