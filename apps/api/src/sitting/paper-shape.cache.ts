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

/** What autosave needs to validate a response, per paper. Stored papers and question versions
 * never change, so a process-local cache is safe with any number of API processes and keeps
 * the hot path to one locked read and one upsert. */
@Injectable()
export class PaperShapeCache {
  private readonly forms = new Map<string, Map<string, ItemShape>>();

  async item(db: DataSource | EntityManager, formId: string, itemId: string): Promise<ItemShape | null> {
    let shapes = this.forms.get(formId);
    if (!shapes) {
      shapes = await this.load(db, formId);
      if (this.forms.size >= MAX_FORMS) this.forms.delete(this.forms.keys().next().value as string);
      this.forms.set(formId, shapes);
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
        return [item.id, { item, optionCount: v?.option_count ?? 0, blanks: (v?.stem.match(/_{3,}/g) ?? []).length }];
      }),
    );
  }
}
