import type { APIRequestContext, Page } from 'playwright-core';

export interface PaperItem {
  id: string;
  position: number;
  type: string;
  options?: { key: string; text: string }[];
  blanks?: number;
}

export interface Paper {
  id: string;
  status: string;
  deadline: string;
  items: PaperItem[];
  answers: Record<string, { response: unknown; seq: number }>;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what} → ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The active blueprint of a track (by code) and level. */
export async function activeBlueprint(request: APIRequestContext, trackCode: string, level: number): Promise<{ id: string; trackId: string }> {
  const tracks = await json<{ id: string; code: string }[]>(await request.get('/api/tracks'), 'GET /api/tracks');
  const track = tracks.find((entry) => entry.code === trackCode);
  if (!track) throw new Error(`no track ${trackCode}`);
  const page = await json<{ items: { id: string }[] }>(
    await request.get('/api/blueprints', { params: { trackId: track.id, level, status: 'active' } }),
    'GET /api/blueprints',
  );
  const blueprint = page.items[0];
  if (!blueprint) throw new Error(`no active blueprint for ${trackCode} level ${level}`);
  return { id: blueprint.id, trackId: track.id };
}

/** Creates a session opening now (officer's cookie on `request`). */
export async function createSession(
  request: APIRequestContext,
  body: { blueprintId: string; title: string; durationMinutes?: number; graceSeconds?: number; instructions?: string },
): Promise<{ id: string }> {
  const opensAt = new Date(Date.now() - 60_000).toISOString();
  const closesAt = new Date(Date.now() + 3 * 3600_000).toISOString();
  return json(await request.post('/api/exam-sessions', { data: { formMode: 'per_candidate', opensAt, closesAt, ...body } }), 'POST /api/exam-sessions');
}

export async function userId(request: APIRequestContext, username: string): Promise<string> {
  const page = await json<{ items: { id: string; username: string }[] }>(
    await request.get('/api/users', { params: { role: 'candidate', q: username, pageSize: 50 } }),
    'GET /api/users',
  );
  const user = page.items.find((entry) => entry.username === username);
  if (!user) throw new Error(`no candidate ${username}`);
  return user.id;
}

/** Registers the candidate, with a waiver when the eligibility rules refuse them. */
export async function register(request: APIRequestContext, sessionId: string, candidateId: string): Promise<void> {
  const url = `/api/exam-sessions/${sessionId}/registrations`;
  const first = await request.post(url, { data: { candidateId } });
  if (first.status() === 422) {
    await json(await request.post(url, { data: { candidateId, waiverReason: '浏览器测试' } }), 'POST registrations (waiver)');
    return;
  }
  if (!first.ok()) throw new Error(`POST registrations → ${first.status()} ${await first.text()}`);
}

/** Signs `request`'s context in through the API. */
export async function apiLogin(request: APIRequestContext, username: string, password: string): Promise<void> {
  const response = await request.post('/api/auth/login', { data: { username, password } });
  if (!response.ok()) throw new Error(`login ${username} → ${response.status()}`);
}

export async function fetchPaper(page: Page, attemptId: string): Promise<Paper> {
  return json<Paper>(await page.request.get(`/api/attempts/${attemptId}/paper`), 'GET paper');
}

/** The first item of each wanted type, in paper order. */
export function firstOfTypes(paper: Paper, types: string[]): PaperItem[] {
  return types.flatMap((type) => paper.items.filter((item) => item.type === type).slice(0, 1));
}

/** Opens `item` through the navigator (numbered in paper order) and waits for it. */
export async function openItem(page: Page, paper: Paper, item: PaperItem): Promise<void> {
  await page.getByTestId(`nav-item-${paper.items.findIndex((entry) => entry.id === item.id) + 1}`).click();
  await page.locator(`[data-testid="sitting-question"][data-item-id="${item.id}"]`).waitFor();
}
