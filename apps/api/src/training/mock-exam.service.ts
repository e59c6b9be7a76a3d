import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type MockExamDto, type MockExamSummaryDto, type MockItemResultDto, type MockResultDto, type Page } from '@cm/contracts';
import { constraintsOf, practiceBank, queryRows, recordTrainingAnswer, toBankItems } from '@cm/db';
import { allocate, assemblePaper, checkPaper, countBlanks, isPracticeItem, scorePaper, type Blueprint } from '@cm/domain';
import type { AuthUser } from '../common/current-user';
import { responseProblem, type StoredFormItem, toCandidateItems, type VersionContent } from '../sitting/candidate-paper';
import { gradeResponse, isSubjective, type KeyedVersion, revealOf } from './feedback';
import { iso, loadSyllabus } from './training-context';

/** A mock-exam item: a paper item plus the chapter its question belongs to. */
interface MockItem extends StoredFormItem {
  questionId: string;
  areaId: string;
  chapterId: string;
}

interface MockRow {
  id: string;
  candidate_id: string;
  track_id: string;
  level: number;
  blueprint_id: string;
  items: MockItem[];
  duration_minutes: number;
  grace_seconds: number;
  started_at: Date;
  deadline: Date;
  status: 'in_progress' | 'graded';
  submitted_at: Date | null;
  submitted_by: 'candidate' | 'server' | null;
  result: MockResultDto | null;
  name: string;
  body: Blueprint;
}

const MOCK_SELECT = `SELECT x.*, b.name, b.body FROM mock_exam x JOIN blueprint b ON b.id = x.blueprint_id`;
const cents = (points: number) => Math.round(points * 100);
type FullVersion = VersionContent & KeyedVersion;

/**
 * 模拟考试: a paper assembled by the exam engine from the level's active blueprint over the
 * practice pool only, timed by the blueprint's duration, graded the moment it is handed in
 * (or read after its deadline). An infeasible pool is refused with its short cells — the
 * blueprint is never relaxed. 简答/案例分析 are shown with their rubric, not scored.
 */
@Injectable()
export class MockExamService {
  constructor(private readonly ds: DataSource) {}

  /** Starts a mock exam, or resumes the open one of that track and level (201 / 200). */
  async start(user: AuthUser, trackId: string, level: number): Promise<{ created: boolean; mock: MockExamDto }> {
    await this.closeOverdue(user.id);
    const [open] = await queryRows<{ id: string }>(this.ds, `SELECT id FROM mock_exam WHERE candidate_id = $1 AND track_id = $2 AND level = $3 AND status = 'in_progress'`, [user.id, trackId, level]);
    if (open) return { created: false, mock: await this.view(user, open.id) };
    const s = await loadSyllabus(this.ds, trackId);
    const [bp] = await queryRows<{ id: string; body: Blueprint }>(this.ds, `SELECT id, body FROM blueprint WHERE track_id = $1 AND level = $2 AND status = 'active'`, [trackId, level]);
    if (!bp) throw new AppError('MOCK_EXAM_INFEASIBLE', '该等级没有已启用的比重表,无法组成模拟试卷', { reason: 'NO_ACTIVE_BLUEPRINT', trackId, level });
    const { cells } = allocate(bp.body);
    const rows = await practiceBank(this.ds, trackId, bp.body.areas.map((a) => a.syllabusNodeId));
    // Prefer questions this candidate has not practised: their own answer count is the exposure.
    const used = await queryRows<{ question_id: string; n: number }>(this.ds, `SELECT question_id, count(*)::int AS n FROM training_answer WHERE candidate_id = $1 AND track_id = $2 GROUP BY 1`, [user.id, trackId]);
    const usedBy = new Map(used.map((u) => [u.question_id, u.n]));
    const items = toBankItems(rows, new Set(usedBy.keys())).map((it) => ({ ...it, exposure: usedBy.get(it.questionId) ?? 0 }));
    const constraints = constraintsOf(bp.body);
    const seed = `mock:${randomUUID()}`;
    const result = assemblePaper({ cells, items, seed, ...constraints });
    if (!result.ok) {
      throw new AppError('MOCK_EXAM_INFEASIBLE', '练习题库的题目不足以按比重表组成模拟试卷', {
        reason: 'PRACTICE_POOL_TOO_SMALL',
        shortfalls: result.shortfalls.map((x) => ({ ...x, title: s.byId.get(x.areaId)?.title ?? '' })),
        unmet: result.unmet,
      });
    }
    const rowByVersion = new Map(rows.map((r) => [r.version_id, r]));
    // The checker and the practice rule both hold before anything is stored.
    const violations = checkPaper(result.paper, cells, items, constraints);
    const notPractice = result.paper.items.filter((p) => { const r = rowByVersion.get(p.versionId); return !r || !isPracticeItem({ usage: r.usage, versionStatus: r.version_status }); });
    if (violations.length || notPractice.length) throw new Error(`mock exam paper failed its checks: ${JSON.stringify({ violations, notPractice })}`);
    const stored: MockItem[] = result.paper.items.map((p, i) => {
      const node = rowByVersion.get(p.versionId)!.node_id;
      return {
        id: randomUUID(), position: i + 1, versionId: p.versionId, questionId: p.questionId, areaId: p.areaId, chapterId: s.chapterOf.get(node) ?? node, type: p.type, points: p.points,
        ...(p.optionOrder ? { optionOrder: [...p.optionOrder] } : {}),
      };
    });
    const minutes = bp.body.durationMinutes;
    const now = Date.now();
    const inserted = await queryRows<{ id: string }>(
      this.ds,
      `INSERT INTO mock_exam (candidate_id, track_id, level, blueprint_id, seed, items, duration_minutes, started_at, deadline, status)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, 'in_progress')
       ON CONFLICT (candidate_id, track_id, level) WHERE status = 'in_progress' DO NOTHING RETURNING id`,
      [user.id, trackId, level, bp.id, seed, JSON.stringify(stored), minutes, new Date(now), new Date(now + minutes * 60_000)],
    );
    if (!inserted[0]) return this.start(user, trackId, level); // a second tab won the race: resume it
    return { created: true, mock: await this.view(user, inserted[0].id) };
  }

  async list(user: AuthUser, q: { page: number; pageSize: number; trackId?: string }): Promise<Page<MockExamSummaryDto>> {
    await this.closeOverdue(user.id);
    const where = `x.candidate_id = $1 AND ($2::uuid IS NULL OR x.track_id = $2)`;
    const rows = await queryRows<MockRow & { score: string | null; passed: boolean | null }>(
      this.ds,
      `${MOCK_SELECT} WHERE ${where} ORDER BY x.started_at DESC LIMIT $3 OFFSET $4`,
      [user.id, q.trackId ?? null, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const [{ n }] = await queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM mock_exam x WHERE ${where}`, [user.id, q.trackId ?? null]);
    return {
      total: n,
      items: rows.map((r) => ({
        id: r.id, trackId: r.track_id, level: r.level, title: r.name, status: r.status, startedAt: iso(r.started_at)!, deadline: iso(r.deadline)!,
        submittedAt: iso(r.submitted_at), score: r.score === null ? null : Number(r.score), passed: r.passed,
      })),
    };
  }

  /** Owner only; anyone else gets 404 and learns nothing. */
  private async own(candidateId: string, id: string, db: DataSource | EntityManager = this.ds, lock = ''): Promise<MockRow> {
    const [row] = await queryRows<MockRow>(db, `${MOCK_SELECT} WHERE x.id = $1${lock}`, [id]);
    if (!row || row.candidate_id !== candidateId) throw AppError.notFound('模拟考试');
    return row;
  }

  private async versions(db: DataSource | EntityManager, ids: string[]): Promise<Map<string, FullVersion>> {
    const rows = await queryRows<FullVersion>(db, `SELECT id, type, stem, options, answer, explanation, rubric FROM question_version WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((v) => [v.id, v]));
  }

  async view(user: AuthUser, id: string): Promise<MockExamDto> {
    let x = await this.own(user.id, id);
    if (x.status === 'in_progress' && Date.now() > new Date(x.deadline).getTime() + x.grace_seconds * 1000) {
      await this.grade(user.id, id, 'server');
      x = await this.own(user.id, id);
    }
    const versions = await this.versions(this.ds, x.items.map((i) => i.versionId));
    const answers = await queryRows<{ item_id: string; response: unknown; seq: string }>(this.ds, `SELECT item_id, response, seq FROM mock_exam_answer WHERE mock_exam_id = $1`, [id]);
    return {
      id: x.id, trackId: x.track_id, level: x.level, blueprintId: x.blueprint_id, title: x.name, status: x.status,
      startedAt: iso(x.started_at)!, deadline: iso(x.deadline)!, serverNow: new Date().toISOString(), durationMinutes: x.duration_minutes, graceSeconds: x.grace_seconds,
      ...(x.submitted_at ? { submittedAt: iso(x.submitted_at)!, submittedBy: x.submitted_by! } : {}),
      items: toCandidateItems(x.items, versions),
      answers: Object.fromEntries(answers.map((a) => [a.item_id, { response: a.response, seq: Number(a.seq) }])),
      ...(x.result ? { result: x.result } : {}),
    };
  }

  /** Autosave, as in the sitting: accepted until deadline + grace; a seq not above the stored one is ignored. */
  async save(user: AuthUser, id: string, itemId: string, response: unknown, seq: number): Promise<{ savedAt: string; seq: number }> {
    return this.ds.transaction(async (m) => {
      const x = await this.own(user.id, id, m, ' FOR SHARE OF x');
      const open = x.status === 'in_progress' && Date.now() <= new Date(x.deadline).getTime() + x.grace_seconds * 1000;
      if (!open) throw new AppError('ATTEMPT_CLOSED', x.status === 'in_progress' ? '考试时间已到,答案未保存' : '模拟考试已交卷', { status: x.status, deadline: iso(x.deadline) });
      const item = x.items.find((i) => i.id === itemId);
      if (!item) throw AppError.notFound('题目');
      const v = (await this.versions(m, [item.versionId])).get(item.versionId)!;
      const problem = responseProblem(item, v.options?.length ?? 0, item.type === 'fill' ? countBlanks(v.stem) : 0, response);
      if (problem) throw AppError.validation([{ path: 'response', code: 'INVALID_RESPONSE', message: problem }]);
      const rows = await queryRows<{ seq: string; saved_at: Date }>(
        m,
        `INSERT INTO mock_exam_answer (mock_exam_id, item_id, response, seq) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (mock_exam_id, item_id) DO UPDATE SET response = EXCLUDED.response, seq = EXCLUDED.seq, saved_at = now()
           WHERE mock_exam_answer.seq < EXCLUDED.seq
         RETURNING seq, saved_at`,
        [id, itemId, JSON.stringify(response), seq],
      );
      const [cur] = rows[0] ? rows : await queryRows<{ seq: string; saved_at: Date }>(m, `SELECT seq, saved_at FROM mock_exam_answer WHERE mock_exam_id = $1 AND item_id = $2`, [id, itemId]);
      return { savedAt: iso(cur!.saved_at)!, seq: Number(cur!.seq) };
    });
  }

  async submit(user: AuthUser, id: string): Promise<MockExamDto> {
    await this.grade(user.id, id, 'candidate');
    return this.view(user, id);
  }

  /** Grades at once with the one objective scorer; logs every answered item for mastery and
   * the 错题本. One transaction; a second submission is 409. */
  private async grade(candidateId: string, id: string, by: 'candidate' | 'server'): Promise<void> {
    await this.ds.transaction(async (m) => {
      const x = await this.own(candidateId, id, m, ' FOR UPDATE OF x');
      if (x.status !== 'in_progress') {
        if (by === 'server') return;
        throw new AppError('ATTEMPT_ALREADY_SUBMITTED', '模拟考试已交卷');
      }
      const versions = await this.versions(m, x.items.map((i) => i.versionId));
      const saved = await queryRows<{ item_id: string; response: unknown }>(m, `SELECT item_id, response FROM mock_exam_answer WHERE mock_exam_id = $1`, [id]);
      const responses = new Map(saved.map((a) => [a.item_id, a.response]));
      const scoring = new Map(x.body.sections.map((sec) => [sec.type, sec.scoring]));
      const s = await loadSyllabus(m, x.track_id);
      const items: MockItemResultDto[] = [];
      for (const it of x.items) {
        const v = versions.get(it.versionId)!;
        const response = responses.get(it.id) ?? null;
        const g = gradeResponse(v, response, it.optionOrder, cents(it.points), scoring.get('multiple'));
        items.push({
          itemId: it.id, position: it.position, areaId: it.areaId, chapterId: it.chapterId, type: it.type, points: it.points,
          earned: g.earnedCents === null ? null : g.earnedCents / 100, correct: g.correct, response, ...revealOf(v, it.optionOrder),
        });
        if (response === null) continue; // a blank is not an answer: it feeds neither mastery nor the 错题本
        await recordTrainingAnswer(m, {
          candidateId, trackId: x.track_id, questionId: it.questionId, versionId: it.versionId, chapterId: it.chapterId,
          source: 'mock', mockExamId: id, itemId: it.id, response: g.original, correct: g.correct,
        });
      }
      const graded = x.items.filter((it) => !isSubjective(it.type));
      const earnedOf = new Map(items.map((i) => [i.itemId, i.earned]));
      const paper = scorePaper(graded.map((it) => ({ areaId: it.areaId, maxCents: cents(it.points), earnedCents: Math.round((earnedOf.get(it.id) ?? 0) * 100) })));
      const subjective = x.items.filter((it) => isSubjective(it.type));
      const areaOrder = new Map(x.body.areas.map((a, i) => [a.syllabusNodeId, i]));
      const result: MockResultDto = {
        score: paper.score,
        passMark: x.body.passMark,
        passed: paper.score >= x.body.passMark,
        earned: paper.earnedCents / 100,
        possible: paper.possibleCents / 100,
        ungraded: { count: subjective.length, points: subjective.reduce((sum, it) => sum + it.points, 0) },
        // in the blueprint's order of areas, as the 比重表 lists them
        areas: [...paper.areas]
          .sort((a, b) => (areaOrder.get(a.areaId) ?? 0) - (areaOrder.get(b.areaId) ?? 0))
          .map((a) => ({ syllabusNodeId: a.areaId, title: s.byId.get(a.areaId)?.title ?? '', earned: a.earnedCents / 100, possible: a.possibleCents / 100 })),
        items,
      };
      await m.query(
        `UPDATE mock_exam SET status = 'graded', submitted_at = now(), submitted_by = $2, score = $3, passed = $4, result = $5::jsonb WHERE id = $1`,
        [id, by, result.score, result.passed, JSON.stringify(result)],
      );
    });
  }

  /** Mock exams left open past their deadline are graded on the candidate's next visit. */
  private async closeOverdue(candidateId: string): Promise<void> {
    const overdue = await queryRows<{ id: string }>(
      this.ds,
      `SELECT id FROM mock_exam WHERE candidate_id = $1 AND status = 'in_progress' AND deadline + make_interval(secs => grace_seconds) < $2`,
      [candidateId, new Date()],
    );
    for (const o of overdue) await this.grade(candidateId, o.id, 'server');
  }
}
