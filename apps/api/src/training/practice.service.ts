import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type CreatePracticeSetRequest, type PracticeFeedbackDto, type PracticeSetDto } from '@cm/contracts';
import { practiceBank, queryRows, recordTrainingAnswer } from '@cm/db';
import { countBlanks, selectPracticeSet, toDisplayKeys, type PracticeHistoryEntry } from '@cm/domain';
import type { AuthUser } from '../common/current-user';
import { responseProblem, type StoredFormItem, toCandidateItems, type VersionContent } from '../sitting/candidate-paper';
import { gradeResponse, type KeyedVersion, revealOf } from './feedback';
import { chaptersAt, iso, loadSyllabus } from './training-context';

/** A practice item as stored on practice_set.items. Options keep their authored order. */
export interface PracticeItem extends StoredFormItem {
  questionId: string;
  chapterId: string;
}

interface SetRow {
  id: string;
  candidate_id: string;
  track_id: string;
  level: number;
  source: 'chapter' | 'wrong_book';
  chapter_id: string | null;
  items: PracticeItem[];
  created_at: Date;
}

interface AnswerRow {
  item_id: string;
  response: unknown;
  correct: boolean | null;
  answered_at: Date;
  tries: number;
  wrong_id: string | null;
  wrong_status: 'open' | 'mastered' | null;
}

type FullVersion = VersionContent & KeyedVersion;

/** Chapter practice and 错题重练: sets drawn only from practice items; the key and the
 * explanation come back only with the feedback to an answer. */
@Injectable()
export class PracticeService {
  constructor(private readonly ds: DataSource) {}

  async create(user: AuthUser, input: CreatePracticeSetRequest): Promise<PracticeSetDto> {
    const s = await loadSyllabus(this.ds, input.trackId);
    const chapters = chaptersAt(s, input.level);
    let chapterIds = chapters.map((c) => c.id);
    if (input.chapterId) {
      const ch = s.byId.get(input.chapterId);
      if (!ch || ch.kind !== 'chapter') throw AppError.validation([{ path: 'chapterId', code: 'NOT_A_CHAPTER', message: '请选择该岗位序列的一个章节' }]);
      if (!ch.levels.includes(input.level)) throw AppError.validation([{ path: 'chapterId', code: 'NOT_AT_LEVEL', message: '该章节不在所选等级的考试范围内' }]);
      chapterIds = [ch.id];
    } else if (input.source === 'chapter') {
      throw AppError.validation([{ path: 'chapterId', code: 'REQUIRED', message: '请选择章节' }]);
    }
    const roots = s.nodes.filter((n) => n.parent_id === null).map((n) => n.id);
    const pool = (await practiceBank(this.ds, input.trackId, roots)).map((r) => ({
      versionId: r.version_id, questionId: r.question_id, chapterId: s.chapterOf.get(r.node_id) ?? r.node_id, type: r.type, usage: r.usage, versionStatus: r.version_status,
    }));
    const questionIds = input.source === 'wrong_book'
      ? (await queryRows<{ question_id: string }>(this.ds, `SELECT question_id FROM wrong_answer WHERE candidate_id = $1 AND track_id = $2 AND status = 'open'`, [user.id, input.trackId])).map((r) => r.question_id)
      : undefined;
    const seed = randomUUID();
    const picked = selectPracticeSet(pool, { size: input.size, seed, chapterIds, questionIds, history: await this.history(user.id, input.trackId) });
    if (!picked.length) {
      throw new AppError('PRACTICE_POOL_EMPTY', input.source === 'wrong_book' ? '错题本中没有可重练的题目' : '该章节暂无练习题', { trackId: input.trackId, chapterId: input.chapterId ?? null, source: input.source });
    }
    const items: PracticeItem[] = picked.map((p, i) => ({ id: randomUUID(), position: i + 1, versionId: p.versionId, questionId: p.questionId, chapterId: p.chapterId, type: p.type, points: 1 }));
    const [row] = await queryRows<{ id: string }>(
      this.ds,
      `INSERT INTO practice_set (candidate_id, track_id, level, source, chapter_id, seed, items) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) RETURNING id`,
      [user.id, input.trackId, input.level, input.source, input.chapterId ?? null, seed, JSON.stringify(items)],
    );
    return this.view(user, row!.id);
  }

  /** How often the candidate answered each question of the track, and whether the last was right. */
  private async history(candidateId: string, trackId: string): Promise<Map<string, PracticeHistoryEntry>> {
    const rows = await queryRows<{ question_id: string; n: number; last: boolean | null }>(
      this.ds,
      `SELECT question_id, count(*)::int AS n, (array_agg(correct ORDER BY answered_at DESC))[1] AS last
       FROM training_answer WHERE candidate_id = $1 AND track_id = $2 GROUP BY question_id`,
      [candidateId, trackId],
    );
    return new Map(rows.map((r) => [r.question_id, { answered: r.n, lastCorrect: r.last }]));
  }

  /** Owner only; anyone else gets 404 and learns nothing. */
  private async own(user: AuthUser, id: string): Promise<SetRow> {
    const [row] = await queryRows<SetRow>(this.ds, `SELECT id, candidate_id, track_id, level, source, chapter_id, items, created_at FROM practice_set WHERE id = $1`, [id]);
    if (!row || row.candidate_id !== user.id) throw AppError.notFound('练习');
    return row;
  }

  private async versions(ids: string[]): Promise<Map<string, FullVersion>> {
    const rows = await queryRows<FullVersion>(this.ds, `SELECT id, type, stem, options, answer, explanation, rubric FROM question_version WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((v) => [v.id, v]));
  }

  async view(user: AuthUser, id: string): Promise<PracticeSetDto> {
    const set = await this.own(user, id);
    const versions = await this.versions(set.items.map((i) => i.versionId));
    const chapterOfItem = new Map(set.items.map((i) => [i.id, i.chapterId]));
    const answers = await queryRows<AnswerRow>(
      this.ds,
      `SELECT DISTINCT ON (t.item_id) t.item_id, t.response, t.correct, t.answered_at,
              count(*) OVER (PARTITION BY t.item_id)::int AS tries, w.id AS wrong_id, w.status AS wrong_status
       FROM training_answer t LEFT JOIN wrong_answer w ON w.candidate_id = t.candidate_id AND w.question_id = t.question_id
       WHERE t.practice_set_id = $1 ORDER BY t.item_id, t.answered_at DESC`,
      [id],
    );
    const byItem = new Map(set.items.map((i) => [i.id, i]));
    const feedback: Record<string, PracticeFeedbackDto> = {};
    for (const a of answers) {
      const item = byItem.get(a.item_id);
      const v = item && versions.get(item.versionId);
      if (!item || !v) continue;
      feedback[a.item_id] = {
        itemId: a.item_id, correct: a.correct, response: toDisplayKeys(item.type, a.response, item.optionOrder), ...revealOf(v, item.optionOrder), answeredAt: iso(a.answered_at)!, tries: a.tries,
        wrongAnswer: a.wrong_id ? { id: a.wrong_id, status: a.wrong_status! } : null,
      };
    }
    return {
      id: set.id, trackId: set.track_id, level: set.level, source: set.source, chapterId: set.chapter_id, createdAt: iso(set.created_at)!,
      items: toCandidateItems(set.items, versions).map((it) => ({ ...it, chapterId: chapterOfItem.get(it.id)! })),
      feedback,
    };
  }

  /** Grades one answer at once and reveals the key; answering again is a retry (each try is logged). */
  async answer(user: AuthUser, setId: string, itemId: string, response: unknown): Promise<PracticeFeedbackDto> {
    const set = await this.own(user, setId);
    const item = set.items.find((i) => i.id === itemId);
    if (!item) throw AppError.notFound('题目');
    const v = (await this.versions([item.versionId])).get(item.versionId)!;
    const problem = responseProblem(item, v.options?.length ?? 0, item.type === 'fill' ? countBlanks(v.stem) : 0, response);
    if (problem) throw AppError.validation([{ path: 'response', code: 'INVALID_RESPONSE', message: problem }]);
    const graded = gradeResponse(v, response, item.optionOrder, 100);
    return this.ds.transaction(async (m) => {
      const wrong = await recordTrainingAnswer(m, {
        candidateId: user.id, trackId: set.track_id, questionId: item.questionId, versionId: item.versionId, chapterId: item.chapterId,
        source: 'practice', practiceSetId: set.id, itemId, response: graded.original, correct: graded.correct,
      });
      const [{ tries }] = await queryRows<{ tries: number }>(m, `SELECT count(*)::int AS tries FROM training_answer WHERE practice_set_id = $1 AND item_id = $2`, [set.id, itemId]);
      return { itemId, correct: graded.correct, response, ...revealOf(v, item.optionOrder), answeredAt: new Date().toISOString(), tries, wrongAnswer: wrong };
    });
  }
}
