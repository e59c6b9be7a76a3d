import { Pool } from 'pg';
import type { APIRequestContext, Page } from 'playwright-core';

/** A published, graded exam of `candidateId` written straight into the app's database, as
 * apps/api/test/level-fixtures.ts does for the API tests (publication and grading have their own
 * tests): what a level decision needs besides the ratings. Knowledge items get `score` as their
 * standard score under the track's active model. */
export async function seedPublishedExam(o: { candidateId: string; trackId: string; level: number; score: number }): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must point at the running app’s database');
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const one = async <T>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows[0] as T;
    const blueprint = await one<{ id: string }>(`SELECT id FROM blueprint WHERE track_id = $1 AND level = $2 AND status = 'active'`, [o.trackId, o.level]);
    const session = await one<{ id: string }>(
      `INSERT INTO exam_session (blueprint_id, track_id, level, title, opens_at, closes_at, duration_minutes, form_mode, published_at)
       VALUES ($1, $2, $3, '浏览器测试：定级考试', now() - interval '3 hours', now() - interval '1 hour', 100, 'per_candidate', now()) RETURNING id`,
      [blueprint.id, o.trackId, o.level],
    );
    const items = (await pool.query(
      `SELECT i.id FROM competency_item i JOIN competency_model m ON m.id = i.model_id WHERE m.track_id = $1 AND m.status = 'active' AND i.assessment = 'exam'`,
      [o.trackId],
    )).rows as { id: string }[];
    await pool.query(`INSERT INTO registration (session_id, candidate_id) VALUES ($1, $2)`, [session.id, o.candidateId]);
    const form = await one<{ id: string }>(`INSERT INTO exam_form (session_id, candidate_id, blueprint_id, seed, items) VALUES ($1, $2, $3, 'browser-test', '[]') RETURNING id`, [session.id, o.candidateId, blueprint.id]);
    const result = { score: o.score, passed: o.score >= 60, standardScore: o.score, areas: [], knowledgeItems: items.map((i) => ({ itemId: i.id, standardScore: o.score })) };
    await pool.query(
      `INSERT INTO attempt (session_id, candidate_id, form_id, status, deadline, submitted_at, submitted_by, score, passed, result, graded_at)
       VALUES ($1, $2, $3, 'graded', now() - interval '2 hours', now() - interval '2 hours', 'candidate', $4, $5, $6::jsonb, now())`,
      [session.id, o.candidateId, form.id, o.score, o.score >= 60, JSON.stringify(result)],
    );
  } finally {
    await pool.end();
  }
}

export async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what} → ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Any user's id by username (officer's cookie on `request`). */
export async function anyUserId(request: APIRequestContext, username: string): Promise<string> {
  const page = await json<{ items: { id: string; username: string }[] }>(await request.get('/api/users', { params: { q: username, pageSize: 50 } }), 'GET /api/users');
  const user = page.items.find((entry) => entry.username === username);
  if (!user) throw new Error(`no user ${username}`);
  return user.id;
}

export async function trackId(request: APIRequestContext, code: string): Promise<string> {
  const tracks = await json<{ id: string; code: string }[]>(await request.get('/api/tracks'), 'GET /api/tracks');
  const track = tracks.find((entry) => entry.code === code);
  if (!track) throw new Error(`no track ${code}`);
  return track.id;
}

const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/** Waits until no antd dropdown is open (a closing one still lists its options). */
async function noOpenDropdown(page: Page): Promise<void> {
  for (let i = 0; i < 50 && (await page.locator(OPEN_DROPDOWN).count()) > 0; i += 1) await page.waitForTimeout(100);
}

/** Types `query` into the searchable antd Select carrying `testId` and clicks the option `label`. */
export async function searchSelect(page: Page, testId: string, query: string, label: string): Promise<void> {
  await noOpenDropdown(page);
  const select = page.getByTestId(testId);
  const multiple = await select.evaluate((element) => element.classList.contains('ant-select-multiple'));
  await select.click();
  await page.keyboard.type(query);
  const option = page.locator(`${OPEN_DROPDOWN} .ant-select-item-option[title="${label}"]`);
  await option.waitFor();
  await page.waitForTimeout(150);
  await option.click();
  if (multiple) await page.keyboard.press('Escape');
  await select.filter({ hasText: label }).waitFor();
  await noOpenDropdown(page);
}

/** The card of one item on the rating form. */
export const ratingItem = (page: Page, code: string) => page.locator(`[data-testid="rating-item"][data-item-code="${code}"]`);

/** Picks `level` (0..4) on one item of the rating form. */
export async function pickLevel(page: Page, code: string, level: number): Promise<void> {
  const item = ratingItem(page, code);
  await item.getByTestId('rating-level').locator('label.ant-radio-button-wrapper').nth(level).click();
  await page.locator(`[data-testid="rating-item"][data-item-code="${code}"][data-level="${level}"]`).waitFor();
}
