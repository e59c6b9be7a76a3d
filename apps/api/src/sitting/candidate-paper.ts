import type { AttemptItemDto } from '@cm/contracts';
import { countBlanks } from '@cm/domain';

export interface StoredFormItem {
  id: string;
  position: number;
  versionId: string;
  type: string;
  points: number;
  optionOrder?: string[];
}

export interface VersionContent {
  id: string;
  stem: string;
  options: { key: string; text: string }[] | null;
}

const DISPLAY_KEYS = 'ABCDEFGH';

/** Builds the candidate's items from an allow-list of fields. Options appear in the stored
 * per-candidate order and are relabelled A, B, … as shown on this paper. */
export function toCandidateItems(form: StoredFormItem[], versions: Map<string, VersionContent>): AttemptItemDto[] {
  return form.map((it) => {
    const v = versions.get(it.versionId);
    if (!v) throw new Error(`question version ${it.versionId} of a stored paper is missing`);
    const item: AttemptItemDto = { id: it.id, position: it.position, type: it.type, stem: v.stem, points: it.points };
    if (v.options && (it.type === 'single' || it.type === 'multiple')) {
      const byKey = new Map(v.options.map((o) => [o.key, o.text]));
      const order = it.optionOrder ?? v.options.map((o) => o.key);
      item.options = order.map((orig, i) => ({ key: DISPLAY_KEYS[i]!, text: byKey.get(orig) ?? '' }));
    }
    if (it.type === 'fill') item.blanks = countBlanks(v.stem);
    return item;
  });
}

/** The display key shown to the candidate → the question's own key (for grading). */
export function originalKey(it: StoredFormItem, displayKey: string): string | null {
  const i = DISPLAY_KEYS.indexOf(displayKey);
  if (i < 0) return null;
  return it.optionOrder ? (it.optionOrder[i] ?? null) : displayKey;
}

/** Checks a response against the item's type and the options shown (400 on a bad shape). */
export function responseProblem(it: StoredFormItem, optionCount: number, blanks: number, response: unknown): string | null {
  if (response === null) return null; // clearing an answer
  const keys = DISPLAY_KEYS.slice(0, optionCount);
  switch (it.type) {
    case 'single':
      return typeof response === 'string' && response.length === 1 && keys.includes(response) ? null : '单选题答案应为一个选项字母';
    case 'multiple':
      return Array.isArray(response) && response.every((k) => typeof k === 'string' && k.length === 1 && keys.includes(k)) && new Set(response).size === response.length ? null : '多选题答案应为不重复的选项字母列表';
    case 'judge':
      return typeof response === 'boolean' ? null : '判断题答案应为 true 或 false';
    case 'fill':
      return Array.isArray(response) && response.length === blanks && response.every((x) => typeof x === 'string' && x.length <= 500) ? null : `填空题答案应为 ${blanks} 个字符串`;
    case 'short':
    case 'case':
      return typeof response === 'string' && response.length <= 20000 ? null : '主观题答案应为文本';
    default:
      return '未知题型';
  }
}
