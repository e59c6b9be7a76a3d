import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type CreateQuestionRequest, type ListQuestionsQuery, type Page, type QuestionDto, type QuestionListItemDto, type QuestionVersionDto, type UpdateQuestionRequest } from '@cm/contracts';
import { assertValidContent, createQuestion, insertVersion, nodeTrack, queryRows, recordAudit, setEnemies, type QuestionContent } from '@cm/db';
import type { AuthUser } from '../common/current-user';
import { toListItem, toQuestionDto, toVersionDto, type VersionRow } from './question.mapper';
import { allVersions, enemyIds, latestVersion, listLatest, subtreeIds } from './question.queries';

/** Authoring: create, edit (every edit is a new version), read, list. Review transitions live
 * in QuestionReviewService. */
@Injectable()
export class QuestionBankService {
  constructor(private readonly ds: DataSource) {}

  async create(actor: AuthUser, body: CreateQuestionRequest): Promise<QuestionDto> {
    const { id } = await this.ds.transaction((m) => createQuestion(m, body, actor.id));
    return this.get(id);
  }

  async get(id: string, db: DataSource | EntityManager = this.ds): Promise<QuestionDto> {
    const row = await latestVersion(db, id);
    if (!row) throw AppError.notFound('题目');
    return toQuestionDto(row, await enemyIds(db, id));
  }

  async versions(id: string): Promise<Page<QuestionVersionDto>> {
    const rows = await allVersions(this.ds, id);
    if (!rows.length) throw AppError.notFound('题目');
    return { items: rows.map(toVersionDto), total: rows.length };
  }

  async version(id: string, version: number): Promise<QuestionVersionDto> {
    const row = (await allVersions(this.ds, id)).find((r) => r.version === version);
    if (!row) throw AppError.notFound('题目版本');
    return toVersionDto(row);
  }

  async list(q: ListQuestionsQuery): Promise<Page<QuestionListItemDto>> {
    const nodeIds = q.syllabusNodeId ? await subtreeIds(this.ds, q.syllabusNodeId) : null;
    if (nodeIds && !nodeIds.length) throw AppError.validation([{ path: 'syllabusNodeId', code: 'UNKNOWN_NODE', message: '大纲节点不存在' }]);
    const { rows, total } = await listLatest(this.ds, q, nodeIds);
    return { items: rows.map(toListItem), total };
  }

  /** Every edit writes version + 1 as a draft. Earlier versions never change; an active
   * version keeps being the one exams draw until the new one is approved. */
  async update(actor: AuthUser, id: string, body: UpdateQuestionRequest): Promise<QuestionDto> {
    return this.ds.transaction(async (m) => {
      const locked = await queryRows<{ status: string; latest_version: number; track_id: string }>(
        m, `SELECT status, latest_version, track_id FROM question WHERE id = $1 FOR UPDATE`, [id],
      );
      const q = locked[0];
      if (!q) throw AppError.notFound('题目');
      if (q.status === 'retired') throw new AppError('CONFLICT', '题目已停用,不能再修改');
      const current = (await latestVersion(m, id)) as VersionRow;
      const { enemyIds: enemies, ...changes } = body;
      const next: QuestionContent = {
        syllabusNodeId: current.syllabus_node_id, type: current.type, stem: current.stem, options: current.options, answer: current.answer,
        difficulty: current.difficulty, requirement: current.requirement, explanation: current.explanation, rubric: current.rubric,
        tags: current.tags, usage: current.usage, ...changes,
      };
      // Switching type drops the parts the new type does not have.
      if (changes.type && changes.type !== current.type) {
        if (!('options' in changes)) next.options = null;
        if (!('answer' in changes)) next.answer = null;
        if (!('rubric' in changes)) next.rubric = null;
      }
      assertValidContent(next);
      if ((await nodeTrack(m, next.syllabusNodeId)) !== q.track_id) {
        throw AppError.validation([{ path: 'syllabusNodeId', code: 'OTHER_TRACK', message: '不能把题目移到其他岗位序列的大纲节点' }]);
      }
      const contentChanged = Object.keys(changes).length > 0;
      if (contentChanged) {
        // A draft or in-review version that is replaced is superseded; an active one stays active.
        await m.query(`UPDATE question_version SET status = 'superseded' WHERE question_id = $1 AND is_latest AND status IN ('draft', 'in_review')`, [id]);
        const version = q.latest_version + 1;
        await insertVersion(m, id, version, next, actor.id);
        await m.query(`UPDATE question SET latest_version = $2, status = 'draft', syllabus_node_id = $3, updated_at = now() WHERE id = $1`, [id, version, next.syllabusNodeId]);
        await recordAudit(m, { actorId: actor.id, action: 'question.edited', entityType: 'question', entityId: id, data: { from: q.latest_version, to: version, fields: Object.keys(changes) } });
      }
      if (enemies) {
        await setEnemies(m, id, q.track_id, enemies, actor.id);
        await recordAudit(m, { actorId: actor.id, action: 'question.enemies_set', entityType: 'question', entityId: id, data: { enemyIds: enemies } });
      }
      return this.get(id, m);
    });
  }
}
