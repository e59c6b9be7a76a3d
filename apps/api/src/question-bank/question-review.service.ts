import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type QuestionDto } from '@cm/contracts';
import { queryRows, recordAudit } from '@cm/db';
import { type AuthUser, hasRole } from '../common/current-user';
import { QuestionBankService } from './question-bank.service';

interface Locked {
  status: string;
  latest_version: number;
  version_id: string;
  version_author: string;
}

/** draft → in_review → active → retired; rejection returns to draft with a comment. The
 * approver is a trainer other than the author of the version under review. */
@Injectable()
export class QuestionReviewService {
  constructor(
    private readonly ds: DataSource,
    private readonly bank: QuestionBankService,
  ) {}

  private async lock(m: EntityManager, id: string): Promise<Locked> {
    const rows = await queryRows<Locked>(
      m,
      `SELECT q.status, q.latest_version, v.id AS version_id, v.author_id AS version_author
       FROM question q JOIN question_version v ON v.question_id = q.id AND v.is_latest WHERE q.id = $1 FOR UPDATE OF q`,
      [id],
    );
    if (!rows[0]) throw AppError.notFound('题目');
    return rows[0];
  }

  async submit(actor: AuthUser, id: string): Promise<QuestionDto> {
    return this.ds.transaction(async (m) => {
      const q = await this.lock(m, id);
      if (q.version_author !== actor.id) throw AppError.forbidden('只有本版本的作者可以提交审核');
      if (q.status !== 'draft') throw new AppError('CONFLICT', `当前状态(${q.status})不能提交审核`);
      await m.query(`UPDATE question_version SET status = 'in_review' WHERE id = $1`, [q.version_id]);
      await m.query(`UPDATE question SET status = 'in_review', updated_at = now() WHERE id = $1`, [id]);
      await recordAudit(m, { actorId: actor.id, action: 'question.submitted', entityType: 'question', entityId: id, data: { version: q.latest_version } });
      return this.bank.get(id, m);
    });
  }

  async approve(actor: AuthUser, id: string): Promise<QuestionDto> {
    return this.ds.transaction(async (m) => this.approveIn(m, actor, id));
  }

  private async approveIn(m: EntityManager, actor: AuthUser, id: string): Promise<QuestionDto> {
    const q = await this.lock(m, id);
    if (q.version_author === actor.id) throw new AppError('QUESTION_SELF_REVIEW', '不能审核自己编写的题目,请由其他培训师审核');
    if (q.status !== 'in_review') throw new AppError('CONFLICT', `当前状态(${q.status})不能审核通过`);
    // The previously active version is superseded; the approved one is what exams draw now.
    await m.query(`UPDATE question_version SET status = 'superseded' WHERE question_id = $1 AND status = 'active'`, [id]);
    await m.query(`UPDATE question_version SET status = 'active', reviewed_by = $2, reviewed_at = now(), review_comment = NULL WHERE id = $1`, [q.version_id, actor.id]);
    await m.query(`UPDATE question SET status = 'active', active_version_id = $2, updated_at = now() WHERE id = $1`, [id, q.version_id]);
    await recordAudit(m, { actorId: actor.id, action: 'question.approved', entityType: 'question', entityId: id, data: { version: q.latest_version } });
    return this.bank.get(id, m);
  }

  async reject(actor: AuthUser, id: string, comment: string): Promise<QuestionDto> {
    return this.ds.transaction(async (m) => {
      const q = await this.lock(m, id);
      if (q.version_author === actor.id) throw new AppError('QUESTION_SELF_REVIEW', '不能审核自己编写的题目');
      if (q.status !== 'in_review') throw new AppError('CONFLICT', `当前状态(${q.status})不能退回`);
      await m.query(`UPDATE question_version SET status = 'draft', reviewed_by = $2, reviewed_at = now(), review_comment = $3 WHERE id = $1`, [q.version_id, actor.id, comment]);
      await m.query(`UPDATE question SET status = 'draft', updated_at = now() WHERE id = $1`, [id]);
      await recordAudit(m, { actorId: actor.id, action: 'question.rejected', entityType: 'question', entityId: id, data: { version: q.latest_version, comment } });
      return this.bank.get(id, m);
    });
  }

  async retire(actor: AuthUser, id: string): Promise<QuestionDto> {
    return this.ds.transaction(async (m) => {
      const q = await this.lock(m, id);
      if (q.status === 'retired') throw new AppError('CONFLICT', '题目已停用');
      if (!hasRole(actor, 'trainer', 'officer')) throw AppError.forbidden();
      // Drafts in progress end with the question; the active version keeps its history.
      await m.query(`UPDATE question_version SET status = 'superseded' WHERE question_id = $1 AND status IN ('draft', 'in_review')`, [id]);
      await m.query(`UPDATE question_version SET status = 'retired' WHERE question_id = $1 AND status = 'active'`, [id]);
      await m.query(`UPDATE question SET status = 'retired', updated_at = now() WHERE id = $1`, [id]);
      await recordAudit(m, { actorId: actor.id, action: 'question.retired', entityType: 'question', entityId: id, data: { version: q.latest_version } });
      return this.bank.get(id, m);
    });
  }

  /** Approves each question on its own: one refusal does not undo the others. */
  async bulkApprove(actor: AuthUser, ids: string[]) {
    const results: { id: string; ok: boolean; status?: string; error?: { code: string; message: string } }[] = [];
    for (const id of [...new Set(ids)]) {
      try {
        const q = await this.approve(actor, id);
        results.push({ id, ok: true, status: q.status });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        results.push({ id, ok: false, error: { code: err.code, message: err.message } });
      }
    }
    return { items: results, approved: results.filter((r) => r.ok).length, total: results.length };
  }
}
