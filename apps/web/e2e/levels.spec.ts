import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { closeBrowser, demoPassword, launchBrowser, login, openSession, pickSelectOption } from './support/browser';
import { anyUserId, pickLevel, ratingItem, searchSelect, seedPublishedExam, trackId } from './support/levels';
import { apiLogin } from './support/sitting';

// The root config's testTimeout sits in a project block, where Jest ignores it.
jest.setTimeout(180_000);

const CANDIDATE = { username: 'candidate3', name: '周雨桐', masked: '周*桐' };
const SUPERVISOR = { username: 'supervisor1', label: '黄主管（supervisor1）' };
const PEER = { username: 'peer1', label: '刘同事（peer1）' };
const TRACK = { code: 'vip-service-manager', name: 'VIP客户服务经理' };
const TARGET = { level: 2, label: '三级' };

/** Opens the candidate's rating from 我的评估任务 and waits for the form. */
async function openRating(page: Page): Promise<void> {
  await page.getByTestId('nav-my-ratings').click();
  await page.locator(`[data-testid="my-rating-open"][data-candidate="${CANDIDATE.name}"]`).first().click();
  await page.getByTestId('rating-form').waitFor();
}

/** Every item of the form at `level` (those already there are left alone). */
async function rateRest(page: Page, level: number): Promise<void> {
  const codes = await page.getByTestId('rating-item').evaluateAll((cards) => cards.map((card) => [card.getAttribute('data-item-code') ?? '', card.getAttribute('data-level') ?? '']));
  expect(codes.length).toBe(14);
  for (const [code, current] of codes) if (current !== String(level)) await pickLevel(page, code!, level);
}

async function submitRating(page: Page): Promise<void> {
  await page.getByTestId('rating-submit').click();
  await page.getByTestId('rating-submit-confirm').click();
  await page.getByTestId('rating-submitted').waitFor();
  expect(await page.getByTestId('rating-form').getAttribute('data-status')).toBe('submitted');
}

describe('competency ratings, the level decision and the certificate', () => {
  let browser: Browser;
  let decisionId = '';
  let certificateCode = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    // candidate3 needs a published, graded 三级 exam of the track for the level to be awardable.
    const { context } = await openSession(browser);
    try {
      await apiLogin(context.request, 'officer1', demoPassword());
      await seedPublishedExam({ candidateId: await anyUserId(context.request, CANDIDATE.username), trackId: await trackId(context.request, TRACK.code), level: TARGET.level, score: 85 });
    } finally {
      await context.close();
    }
  });

  afterAll(async () => {
    await closeBrowser(browser);
  });

  it('an officer starts a campaign; the supervisor and a peer rate on the form, with the live proposal and evidence checks', async () => {
    const officer = await openSession(browser);
    try {
      await login(officer.page, 'officer1');
      await officer.page.getByTestId('nav-rating-campaigns').click();
      await officer.page.getByTestId('campaign-create').click();
      await searchSelect(officer.page, 'campaign-candidate', CANDIDATE.username, `${CANDIDATE.name}（${CANDIDATE.username}）`);
      await pickSelectOption(officer.page, 'campaign-track', TRACK.name);
      await pickSelectOption(officer.page, 'campaign-level', TARGET.label);
      await searchSelect(officer.page, 'campaign-supervisor', SUPERVISOR.username, SUPERVISOR.label);
      await searchSelect(officer.page, 'campaign-peers', PEER.username, PEER.label);
      await officer.page.getByTestId('campaign-create-submit').click();
      await officer.page.getByTestId('campaign-detail').waitFor();
      await officer.page.getByTestId('campaign-raters').getByText('黄主管').waitFor();
      expect(await officer.page.getByTestId('campaign-raters').getByTestId('rating-status').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')))).toEqual(['pending', 'pending']);
    } finally {
      await officer.context.close();
    }

    const supervisor = await openSession(browser);
    try {
      const { page } = supervisor;
      await login(page, SUPERVISOR.username);
      await openRating(page);
      // Ticking every 初级 and 中级 indicator of 抗挫能力 proposes 中级, and the level follows.
      const resilience = ratingItem(page, 'frustration_tolerance');
      for (const level of [1, 2]) {
        const boxes = resilience.locator(`[data-testid="rating-level-block"][data-level="${level}"]`).getByTestId('rating-indicator');
        for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).click();
      }
      await page.locator('[data-testid="rating-item"][data-item-code="frustration_tolerance"][data-level="2"]').waitFor();
      expect(await resilience.getByTestId('rating-proposal').getAttribute('data-proposed')).toBe('2');
      await resilience.getByTestId('rating-proposal').getByText('按勾选的行为指标建议：2 中级').waitFor();
      await rateRest(page, 2);
      // Choosing 高级 against the proposal asks for a reason and evidence.
      await pickLevel(page, 'frustration_tolerance', 3);
      await resilience.getByTestId('rating-reason').fill('近期多次独立化解重大投诉，表现超出中级描述');
      await page.getByTestId('rating-save').click();
      await page.locator('.ant-message').getByText('草稿已保存').first().waitFor();
      await page.getByTestId('rating-submit').click();
      await page.getByTestId('rating-submit-confirm').click();
      await page.getByTestId('rating-error').getByText('还有 1 项未完成').waitFor();
      await resilience.getByText('评定为 3 级及以上须填写事实依据').waitFor();
      await resilience.getByTestId('rating-evidence').fill('2026 年牵头处理 3 起重大投诉，客户满意度回升至 96%');
      await submitRating(page);
      await page.screenshot({ path: '/tmp/levels-rating-submitted.png', fullPage: false });
    } finally {
      await supervisor.context.close();
    }

    const peer = await openSession(browser);
    try {
      await login(peer.page, PEER.username);
      await openRating(peer.page);
      await rateRest(peer.page, 2);
      await submitRating(peer.page);
    } finally {
      await peer.context.close();
    }
  });

  it('officer1 requests the decision and sees every check; officer1 may not approve it, officer2 approves', async () => {
    const requester = await openSession(browser);
    try {
      const { page } = requester;
      await login(page, 'officer1');
      await page.getByTestId('nav-level-decisions').click();
      await page.getByTestId('decision-request').click();
      await searchSelect(page, 'decision-candidate', CANDIDATE.username, `${CANDIDATE.name}（${CANDIDATE.username}）`);
      await pickSelectOption(page, 'decision-track', TRACK.name);
      await pickSelectOption(page, 'decision-level', TARGET.label);
      await page.getByTestId('decision-request-submit').click();
      await page.getByTestId('decision-detail').waitFor();
      decisionId = page.url().split('/level-decisions/')[1] ?? '';
      expect(decisionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await page.getByTestId('recommendation').getAttribute('data-awarded')).toBe('true');
      const checks = await page.getByTestId('recommendation-check').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-code'), row.getAttribute('data-passed')]));
      expect(checks).toEqual([
        ['EXAM_PUBLISHED', 'true'], ['EXAM_PASS_MARK', 'true'], ['RATINGS_SUBMITTED', 'true'],
        ['COMPOSITE_MIN', 'true'], ['NO_ITEM_FAR_BELOW_STANDARD', 'true'], ['SHARE_AT_STANDARD', 'true'],
      ]);
      await page.getByTestId('recommendation-exam').getByText('85').waitFor();
      // The composite against its requirement: 0.4 × 85 + 0.6 × 100 = 94 ≥ 70.
      await page.locator('[data-testid="recommendation-check"][data-code="COMPOSITE_MIN"]').getByRole('cell', { name: '≥ 70', exact: true }).waitFor();
      await page.getByTestId('recommendation-composite').getByText('94').waitFor();
      await page.getByTestId('decision-sod-warning').waitFor();
      await page.screenshot({ path: '/tmp/levels-recommendation.png', fullPage: true });

      // The requester is refused by the server, and the page says why.
      await page.getByTestId('decision-approve').click();
      await page.getByTestId('decision-approve-submit').click();
      await page.getByTestId('decision-approve-error').getByText('职责分离').waitFor();
      expect(await page.getByTestId('decision-detail').getAttribute('data-status')).toBe('pending_approval');
    } finally {
      await requester.context.close();
    }

    const approver = await openSession(browser);
    try {
      const { page } = approver;
      await login(page, 'officer2');
      await page.goto(`/level-decisions/${decisionId}`);
      await page.getByTestId('decision-detail').waitFor();
      await page.getByTestId('decision-approve').click();
      await page.getByTestId('decision-approve-comment').fill('评价与考试材料齐全，同意晋升');
      await page.getByTestId('decision-approve-submit').click();
      await page.locator('[data-testid="decision-detail"][data-status="approved"]').waitFor();
      certificateCode = (await page.getByTestId('decision-certificate').getByTestId('certificate-code').first().innerText()).trim();
      expect(certificateCode).toMatch(/^CM-\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    } finally {
      await approver.context.close();
    }
  });

  it('the candidate downloads the certificate PDF and sees the level; the public page verifies it without login', async () => {
    const candidate = await openSession(browser);
    try {
      const { page } = candidate;
      await login(page, CANDIDATE.username);
      await page.getByTestId('nav-my-levels').click();
      await page.getByTestId('my-current-level').getByText(`${TRACK.name}：${TARGET.label}`).waitFor();
      await page.getByTestId('nav-my-certificates').click();
      const card = page.locator(`[data-testid="my-certificate"][data-code="${certificateCode}"]`);
      await card.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('certificate-download').click()]);
      const file = await download.path();
      const head = (await readFile(file)).subarray(0, 5).toString('latin1');
      expect(head).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      expect(await card.getByTestId('certificate-verify-link').getAttribute('href')).toMatch(new RegExp(`/verify/${certificateCode}$`));
    } finally {
      await candidate.context.close();
    }

    const visitor = await openSession(browser);
    try {
      const { page } = visitor;
      await page.goto(`/verify/${certificateCode}`);
      await page.locator('[data-testid="verify-result"][data-state="valid"]').waitFor();
      expect(await page.getByTestId('verify-holder').innerText()).toBe(CANDIDATE.masked);
      await page.getByTestId('verify-details').getByText(TRACK.name).waitFor();
      await page.getByTestId('verify-details').getByText(TARGET.label, { exact: false }).first().waitFor();
      expect(page.url()).toContain(`/verify/${certificateCode}`);
      await page.screenshot({ path: '/tmp/levels-verify.png' });
      await page.goto('/verify/CM-2026-00000-00000');
      await page.locator('[data-testid="verify-result"][data-state="unknown"]').waitFor();
    } finally {
      await visitor.context.close();
    }
  });
});
