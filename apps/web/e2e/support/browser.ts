import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The running app (web + API on one origin), e.g. http://127.0.0.1:3000. */
export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');

/** The demo accounts' shared password; the suite cannot sign in without it. */
export function demoPassword(): string {
  const password = process.env.DEMO_PASSWORD;
  if (!password) throw new Error('DEMO_PASSWORD must be set to the demo accounts’ password');
  return password;
}

export const DEMO_USERS = {
  admin: 'admin',
  officer: 'officer1',
  trainer: 'trainer1',
  candidate: 'candidate1',
} as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  await browser?.close();
}

export interface Session {
  context: BrowserContext;
  page: Page;
}

/** A fresh context (no cookies, default zh-CN UI) at the 1366×768 the users work at. */
export async function openSession(browser: Browser, viewport = { width: 1366, height: 768 }): Promise<Session> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport, locale: 'zh-CN' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** Fills the login form and submits it, without waiting for the outcome. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs in and waits for the home page. */
export async function login(page: Page, username: string, password = demoPassword()): Promise<void> {
  await submitLogin(page, username, password);
  await page.getByTestId('home-page').waitFor();
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}

/** `GET /api/auth/me` with the page's cookie. */
export async function fetchMe(page: Page): Promise<Me> {
  const response = await page.request.get('/api/auth/me');
  if (!response.ok()) throw new Error(`GET /api/auth/me → ${response.status()}`);
  return (await response.json()) as Me;
}

/** Opens the antd Select carrying `testId` and clicks the option labelled `label`; a
 * multiple select's dropdown is closed again afterwards. */
export async function pickSelectOption(page: Page, testId: string, label: string): Promise<void> {
  const select = page.getByTestId(testId);
  const multiple = await select.evaluate((element) => element.classList.contains('ant-select-multiple'));
  // antd animates its dropdown; a click that lands mid-animation can be lost, so confirm the
  // choice shows in the control and try again if it does not.
  for (let attempt = 1; ; attempt++) {
    await select.click();
    const option = page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`);
    await option.waitFor();
    await page.waitForTimeout(150);
    await option.click();
    if (multiple) await page.keyboard.press('Escape');
    try {
      await select.filter({ hasText: label }).waitFor({ timeout: 2000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
      await page.keyboard.press('Escape');
    }
  }
}
