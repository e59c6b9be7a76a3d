import { countBlanks, optionKeyAt } from '@cm/domain';
import type { CreateQuestionRequest, QuestionDto, QuestionType, QuestionUsage, Requirement, UpdateQuestionRequest } from '@cm/contracts';

/** The editor's form. Option keys follow the row order (A, B, …); the correct answer is kept
 * per type so that switching type back and forth loses nothing. */
export interface QuestionFormValues {
  syllabusNodeId?: string;
  type: QuestionType;
  stem: string;
  options: { text: string }[];
  correct?: string;
  correctKeys: string[];
  judge?: boolean;
  blanks: string[][];
  rubric: { criterion: string; maxPoints?: number | null }[];
  difficulty: number;
  requirement?: Requirement;
  explanation?: string;
  tags: string[];
  usage: QuestionUsage[];
  enemyIds: string[];
}

export const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multiple'];
export const MARKED_TYPES: readonly QuestionType[] = ['short', 'case'];

export function emptyFormValues(syllabusNodeId?: string, requirement?: Requirement): QuestionFormValues {
  return {
    syllabusNodeId,
    type: 'single',
    stem: '',
    options: [{ text: '' }, { text: '' }, { text: '' }, { text: '' }],
    correctKeys: [],
    blanks: [],
    rubric: [{ criterion: '', maxPoints: null }],
    difficulty: 3,
    requirement,
    tags: [],
    usage: ['exam'],
    enemyIds: [],
  };
}

/** Keys named by an answer (`"B"` or `["A","C"]`). */
export function answerKeys(answer: unknown): string[] {
  if (typeof answer === 'string') return [answer];
  return Array.isArray(answer) ? answer.filter((key): key is string => typeof key === 'string') : [];
}

/** Accepted alternatives per blank of a `fill` answer. */
export function answerBlanks(answer: unknown): string[][] {
  if (!Array.isArray(answer)) return [];
  return answer.map((blank: unknown) => (Array.isArray(blank) ? blank.filter((alt): alt is string => typeof alt === 'string') : []));
}

export function formValuesFromQuestion(q: Pick<QuestionDto, 'syllabusNodeId' | 'type' | 'stem' | 'options' | 'answer' | 'difficulty' | 'requirement' | 'explanation' | 'rubric' | 'tags' | 'usage' | 'enemyIds'>): QuestionFormValues {
  const keys = answerKeys(q.answer);
  return {
    ...emptyFormValues(q.syllabusNodeId, q.requirement),
    type: q.type,
    stem: q.stem,
    options: q.options?.map((option) => ({ text: option.text })) ?? emptyFormValues().options,
    correct: q.type === 'single' ? keys[0] : undefined,
    correctKeys: q.type === 'multiple' ? keys : [],
    judge: typeof q.answer === 'boolean' ? q.answer : undefined,
    blanks: q.type === 'fill' ? answerBlanks(q.answer) : [],
    rubric: q.rubric?.length ? q.rubric.map((item) => ({ ...item })) : emptyFormValues().rubric,
    difficulty: q.difficulty,
    explanation: q.explanation ?? '',
    tags: q.tags,
    usage: q.usage,
    enemyIds: q.enemyIds,
  };
}

function answerOf(values: QuestionFormValues): CreateQuestionRequest['answer'] {
  switch (values.type) {
    case 'single':
      return values.correct ?? null;
    case 'multiple':
      return [...values.correctKeys].sort();
    case 'judge':
      return values.judge ?? null;
    case 'fill':
      return values.blanks.map((alternatives) => alternatives.map((alt) => alt.trim()).filter(Boolean));
    case 'short':
    case 'case':
      return null;
  }
}

/** The request body for the values (only the parts the type has). */
export function toQuestionRequest(values: QuestionFormValues): CreateQuestionRequest {
  const choice = CHOICE_TYPES.includes(values.type);
  const marked = MARKED_TYPES.includes(values.type);
  return {
    syllabusNodeId: values.syllabusNodeId ?? '',
    type: values.type,
    stem: values.stem,
    options: choice ? values.options.map((option, index) => ({ key: optionKeyAt(index), text: option.text })) : null,
    answer: answerOf(values),
    difficulty: values.difficulty,
    requirement: values.requirement ?? 'understand',
    explanation: values.explanation?.trim() ? values.explanation : null,
    rubric: marked ? values.rubric.map((item) => ({ criterion: item.criterion, maxPoints: Number(item.maxPoints ?? 0) })) : null,
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
    usage: values.usage,
    enemyIds: values.enemyIds,
  };
}

const CONTENT_FIELDS = ['syllabusNodeId', 'type', 'stem', 'options', 'answer', 'difficulty', 'requirement', 'explanation', 'rubric', 'tags', 'usage'] as const;

/** Only what changed against the current version: an edit that only changes enemies makes no
 * new version. `null` and absent count as equal. */
export function toUpdateRequest(values: QuestionFormValues, current: QuestionDto): UpdateQuestionRequest {
  const next = toQuestionRequest(values);
  const body: UpdateQuestionRequest = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const record = body as Record<string, unknown>;
  for (const field of CONTENT_FIELDS) {
    if (!same(next[field], current[field])) record[field] = next[field];
  }
  if (!same([...next.enemyIds ?? []].sort(), [...current.enemyIds].sort())) body.enemyIds = next.enemyIds;
  return body;
}

/** Resizes the accepted-answer lists to the number of blanks in the stem. */
export function syncBlanks(blanks: string[][], stem: string): string[][] {
  const count = countBlanks(stem);
  if (blanks.length === count) return blanks;
  return Array.from({ length: count }, (_unused, index) => blanks[index] ?? []);
}

/** Correct keys after deleting the option at `index` (later keys move up one letter). */
export function keysAfterRemoval(keys: readonly string[], index: number): string[] {
  return keys
    .map((key) => key.charCodeAt(0) - 65)
    .filter((position) => position !== index)
    .map((position) => optionKeyAt(position > index ? position - 1 : position));
}

export type FormPath = (string | number)[];

/** The form field that shows a problem at an API path (`options[2].text`, `answer[1]`,
 * `rubric[0].maxPoints`, `stem`…) for a question of `type`; null when none does. */
export function formFieldForProblem(path: string, type: QuestionType): FormPath | null {
  const parts = path
    .replace(/^body\./, '')
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const [head, index, leaf] = parts;
  switch (head) {
    case 'options':
      return typeof index === 'number' ? ['options', index, 'text'] : ['options'];
    case 'answer':
      if (type === 'single') return ['correct'];
      if (type === 'multiple') return ['correctKeys'];
      if (type === 'judge') return ['judge'];
      if (type === 'fill') return typeof index === 'number' ? ['blanks', index] : ['blanks'];
      return ['stem'];
    case 'rubric':
      return typeof index === 'number' ? ['rubric', index, leaf === 'maxPoints' ? 'maxPoints' : 'criterion'] : ['rubric'];
    case 'usage':
    case 'tags':
    case 'enemyIds':
      return [head];
    case 'stem':
    case 'type':
    case 'difficulty':
    case 'requirement':
    case 'explanation':
    case 'syllabusNodeId':
      return [head];
    default:
      return null;
  }
}
