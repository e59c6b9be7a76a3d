import { QUESTION_SORTS, QUESTION_STATUSES, QUESTION_TYPES, QUESTION_USAGES, REQUIREMENTS } from '@cm/contracts';
import type { QuestionListParams, QuestionSort } from './api';

export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_SORT: QuestionSort = '-updatedAt';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** The list state kept in the address (so a filtered list can be bookmarked and shared);
 * `track` stays the track id, `node` the syllabus node whose subtree is listed. */
export function paramsFromSearch(search: URLSearchParams): QuestionListParams {
  const difficulty = Number(search.get('difficulty'));
  return {
    trackId: search.get('track') || undefined,
    syllabusNodeId: search.get('node') || undefined,
    type: oneOf(QUESTION_TYPES, search.get('type')),
    status: oneOf(QUESTION_STATUSES, search.get('status')),
    difficulty: Number.isInteger(difficulty) && difficulty >= 1 && difficulty <= 5 ? difficulty : undefined,
    requirement: oneOf(REQUIREMENTS, search.get('requirement')),
    usage: oneOf(QUESTION_USAGES, search.get('usage')),
    tag: search.get('tag') || undefined,
    q: search.get('q') || undefined,
    sort: oneOf(QUESTION_SORTS, search.get('sort')) ?? DEFAULT_SORT,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(search.get('pageSize')) || DEFAULT_PAGE_SIZE)),
  };
}

const SEARCH_NAMES: Partial<Record<keyof QuestionListParams, string>> = { trackId: 'track', syllabusNodeId: 'node' };

export function searchFromParams(params: QuestionListParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params) as [keyof QuestionListParams, unknown][]) {
    if (value === undefined || value === '' || value === null) continue;
    if ((key === 'page' && value === 1) || (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) || (key === 'sort' && value === DEFAULT_SORT)) continue;
    out[SEARCH_NAMES[key] ?? key] = String(value);
  }
  return out;
}

/** antd's column sort state for a `sort` value, and back. */
export function sortOrderOf(sort: QuestionSort | undefined, column: 'code' | 'difficulty' | 'updatedAt'): 'ascend' | 'descend' | null {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

export function sortFrom(column: string | undefined, order: 'ascend' | 'descend' | null | undefined): QuestionSort {
  const match = oneOf(QUESTION_SORTS, order === 'descend' ? `-${column ?? ''}` : (column ?? null));
  return order && match ? match : DEFAULT_SORT;
}
