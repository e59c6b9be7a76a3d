import type { Locator, Page } from 'playwright-core';

/** The `<input>` of an antd InputNumber carrying `testId` (the id may sit on the input or its wrapper). */
export function numberInput(page: Page, testId: string): Locator {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** Replaces the value of an antd InputNumber. */
export async function setNumber(page: Page, testId: string, value: number): Promise<void> {
  const input = numberInput(page, testId);
  await input.click();
  await input.fill(String(value));
  await input.press('Tab');
}

/** Index of the section row whose type select shows `label` (e.g. 案例分析). */
export async function sectionIndex(page: Page, label: string): Promise<number> {
  const selects = page.locator('[data-testid^="bp-section-type-"]:not([data-testid$="-problem"])');
  const count = await selects.count();
  for (let i = 0; i < count; i++) {
    if (((await page.getByTestId(`bp-section-type-${i}`).textContent()) ?? '').includes(label)) return i;
  }
  throw new Error(`no section of type ${label}`);
}

/** The version number of the row with `status` in the versions table (the newest such). */
export async function versionWithStatus(page: Page, status: string): Promise<number> {
  const row = page.locator(`[data-testid^="bp-version-"][data-status="${status}"]`).first();
  await row.waitFor();
  return Number(((await row.getAttribute('data-testid')) ?? '').replace('bp-version-', ''));
}

/** Waits until the status tag of `version` says `status` (draft / active / retired). */
export async function waitForStatus(page: Page, version: number, status: string): Promise<void> {
  await page.locator(`[data-testid="bp-status-${version}"][data-status="${status}"]`).waitFor();
}

/** Saves screenshots when BP_SCREENSHOTS names a directory (for a manual look). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.BP_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
