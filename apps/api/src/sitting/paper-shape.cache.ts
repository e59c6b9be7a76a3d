import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@cm/db';
import type { StoredFormItem } from './candidate-paper';

export interface ItemShape {
  item: StoredFormItem;
  optionCount: number;
  blanks: number;
}

const MAX_FORMS = 5000;
const MAX_OWNERS = 20_000;

export interface AttemptOwner {
  candidateId: string;
  formId: string;
}

const blanksOf = (stem: string) => (stem.match(/_{3,}/g) ?? []).length;

/** What autosave needs to validate a response, per paper. Stored papers and question versions
 * never change, so a process-local cache is safe with any number of API processes and keeps
 * the hot path to one locked read and one upsert. */
@Injectable()
export class PaperShapeCache {
  private readonly forms = new Map<string, Map<string, ItemShape>>();
  /** who owns an attempt and which paper it has: fixed when the attempt is created */
  private readonly owners = new Map<string, AttemptOwner>();

  async owner(db: DataSource | EntityManager, attemptId: string): Promise<AttemptOwner | null> {
    const hit = this.owners.get(attemptId);
    if (hit) return hit;
    const [a] = await queryRows<{ candidate_id: string; form_id: string }>(db, `SELECT candidate_id, form_id FROM attempt WHERE id = $1`, [attemptId]);
    if (!a) return null;
    return this.keepOwner(attemptId, { candidateId: a.candidate_id, formId: a.form_id });
  }

  /** Fills both caches from a paper just loaded for the candidate (start, resume), so that the
   * first autosave of the attempt costs no extra query. */
  prime(attemptId: string, owner: AttemptOwner, items: StoredFormItem[], versions: { id: string; stem: string; options: unknown[] | null }[]): void {
    this.keepOwner(attemptId, owner);
    if (this.forms.has(owner.formId)) return;
    const byId = new Map(versions.map((v) => [v.id, v]));
    this.keepForm(owner.formId, new Map(items.map((item) => {
      const v = byId.get(item.versionId);
      return [item.id, { item, optionCount: v?.options?.length ?? 0, blanks: v ? blanksOf(v.stem) : 0 }];
    })));
  }

  private keepOwner(attemptId: string, owner: AttemptOwner): AttemptOwner {
    if (this.owners.size >= MAX_OWNERS) this.owners.delete(this.owners.keys().next().value as string);
    this.owners.set(attemptId, owner);
    return owner;
  }

  private keepForm(formId: string, shapes: Map<string, ItemShape>): void {
    if (this.forms.size >= MAX_FORMS) this.forms.delete(this.forms.keys().next().value as string);
    this.forms.set(formId, shapes);
  }

  async item(db: DataSource | EntityManager, formId: string, itemId: string): Promise<ItemShape | null> {
    let shapes = this.forms.get(formId);
    if (!shapes) {
      shapes = await this.load(db, formId);
      this.keepForm(formId, shapes);
    }
    return shapes.get(itemId) ?? null;
  }

  private async load(db: DataSource | EntityManager, formId: string): Promise<Map<string, ItemShape>> {
    const [form] = await queryRows<{ items: StoredFormItem[] }>(db, `SELECT items FROM exam_form WHERE id = $1`, [formId]);
    const items = form?.items ?? [];
    const versions = await queryRows<{ id: string; stem: string; option_count: number }>(
      db,
      `SELECT id, stem, coalesce(jsonb_array_length(options), 0) AS option_count FROM question_version WHERE id = ANY($1::uuid[])`,
      [items.map((i) => i.versionId)],
    );
    const byId = new Map(versions.map((v) => [v.id, v]));
    return new Map(
      items.map((item) => {
        const v = byId.get(item.versionId);
        return [item.id, { item, optionCount: v?.option_count ?? 0, blanks: v ? blanksOf(v.stem) : 0 }];
      }),
    );
  }
}
