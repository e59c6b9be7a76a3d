import type { NewModelVersionRequest } from '@cm/contracts';
import type { CompetencyModelDto, ModelItemDto } from './api';

/** What the officer edits of one item in the "new version" drawer. */
export interface DraftItem {
  name: string;
  definition: string;
  levels: { level: number; summary: string; indicators: { id?: string; text: string }[] }[];
}

/** `${positionLevel}:${itemCode}` → standard level, only the cells the officer touched. */
export type DraftStandards = Record<string, number>;

export const cellKey = (positionLevel: number, code: string) => `${positionLevel}:${code}`;

export function draftOf(item: ModelItemDto): DraftItem {
  return {
    name: item.name,
    definition: item.definition ?? '',
    levels: item.levels.map((level) => ({
      level: level.level,
      summary: level.summary ?? '',
      indicators: level.indicators.map((indicator) => ({ id: indicator.id, text: indicator.text })),
    })),
  };
}

type ItemEdit = NonNullable<NewModelVersionRequest['items']>[number];
type LevelEdit = NonNullable<ItemEdit['levels']>[number];

const clean = (indicators: DraftItem['levels'][number]['indicators']) =>
  indicators.map((x) => ({ ...(x.id ? { id: x.id } : {}), text: x.text.trim() })).filter((x) => x.text.length > 0);

const sameIndicators = (a: { id?: string; text: string }[], b: { id: string; text: string }[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]!.id && x.text === b[i]!.text);

/** The edit of one item, or null when nothing differs from the base version. */
export function itemEdit(item: ModelItemDto, draft: DraftItem): ItemEdit | null {
  const edit: ItemEdit = { code: item.code };
  let changed = false;
  if (draft.name.trim() && draft.name.trim() !== item.name) {
    edit.name = draft.name.trim();
    changed = true;
  }
  if (draft.definition.trim() !== (item.definition ?? '')) {
    edit.definition = draft.definition.trim() || null;
    changed = true;
  }
  const levels: LevelEdit[] = [];
  for (const level of draft.levels) {
    const base = item.levels.find((l) => l.level === level.level);
    if (!base) continue;
    const levelEdit: LevelEdit = { level: level.level };
    let levelChanged = false;
    if (level.summary.trim() !== (base.summary ?? '')) {
      levelEdit.summary = level.summary.trim() || null;
      levelChanged = true;
    }
    const indicators = clean(level.indicators);
    if (!sameIndicators(indicators, base.indicators)) {
      levelEdit.indicators = indicators;
      levelChanged = true;
    }
    if (levelChanged) levels.push(levelEdit);
  }
  if (levels.length) {
    edit.levels = levels;
    changed = true;
  }
  return changed ? edit : null;
}

/** The body of POST /api/competency-models/:id/versions: only what changed. */
export function buildVersionRequest(
  model: Pick<CompetencyModelDto, 'items'>,
  drafts: Record<string, DraftItem>,
  standards: DraftStandards,
  baseStandard: (positionLevel: number, itemId: string) => number,
  reason: string,
): NewModelVersionRequest {
  const items = model.items.flatMap((item) => {
    const draft = drafts[item.code];
    const edit = draft ? itemEdit(item, draft) : null;
    return edit ? [edit] : [];
  });
  const cells = Object.entries(standards).flatMap(([key, standardLevel]) => {
    const [level, code] = [Number(key.slice(0, key.indexOf(':'))), key.slice(key.indexOf(':') + 1)];
    const item = model.items.find((i) => i.code === code);
    if (!item || baseStandard(level, item.id) === standardLevel) return [];
    return [{ positionLevel: level, itemCode: code, standardLevel }];
  });
  return { reason: reason.trim(), ...(items.length ? { items } : {}), ...(cells.length ? { standards: cells } : {}) };
}

/** True when the request changes nothing but carries a reason. */
export function isEmptyEdit(body: NewModelVersionRequest): boolean {
  return !body.items?.length && !body.standards?.length;
}
