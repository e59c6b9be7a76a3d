import { describe, expect, it } from '@jest/globals';
import type { QuestionDto } from '@cm/contracts';
import { emptyFormValues, formFieldForProblem, formValuesFromQuestion, keysAfterRemoval, syncBlanks, toQuestionRequest, toUpdateRequest } from './question-form';

const question: QuestionDto = {
  id: 'q1', trackId: 't', syllabusNodeId: 'n1', syllabusCode: 'VIP-1.1.1', type: 'multiple', stem: '以下属于实体渠道的是(  )。',
  options: [{ key: 'A', text: '话费充值点' }, { key: 'B', text: '自有营业厅' }, { key: 'C', text: '网上营业厅' }],
  answer: ['A', 'B'], difficulty: 2, requirement: 'familiar', tags: ['渠道'], usage: ['exam'], enemyIds: [], status: 'active', version: 1,
  activeVersion: 1, versionId: 'v1', authorId: 'u1', createdBy: 'u1', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
};

describe('question form', () => {
  it('round-trips a question through the form values', () => {
    const values = formValuesFromQuestion(question);
    expect(values.correctKeys).toEqual(['A', 'B']);
    const body = toQuestionRequest(values);
    expect(body).toMatchObject({ type: 'multiple', options: question.options, answer: ['A', 'B'], rubric: null, explanation: null });
  });

  it('sends only the parts of the chosen type', () => {
    const values = { ...emptyFormValues('n1', 'master'), type: 'fill' as const, stem: '电信监管遵循____、____的原则', blanks: [['政企分开'], [' 破除垄断 ', '']] };
    expect(toQuestionRequest(values)).toMatchObject({ options: null, rubric: null, answer: [['政企分开'], ['破除垄断']] });
    const judge = { ...values, type: 'judge' as const, judge: false };
    expect(toQuestionRequest(judge).answer).toBe(false);
    const marked = { ...values, type: 'case' as const, rubric: [{ criterion: '识别需求', maxPoints: 4 }] };
    expect(toQuestionRequest(marked)).toMatchObject({ answer: null, rubric: [{ criterion: '识别需求', maxPoints: 4 }] });
  });

  it('patches only what changed; enemies alone make no new version', () => {
    const values = formValuesFromQuestion(question);
    expect(toUpdateRequest(values, question)).toEqual({});
    expect(toUpdateRequest({ ...values, enemyIds: ['q2'] }, question)).toEqual({ enemyIds: ['q2'] });
    expect(toUpdateRequest({ ...values, difficulty: 4, tags: ['渠道', '新'] }, question)).toEqual({ difficulty: 4, tags: ['渠道', '新'] });
  });

  it('keeps one list of alternatives per blank of the stem', () => {
    expect(syncBlanks([['a']], '一____二____')).toEqual([['a'], []]);
    expect(syncBlanks([['a'], ['b']], '只有一个空____')).toEqual([['a']]);
    expect(syncBlanks([], '没有空')).toEqual([]);
  });

  it('moves the correct keys when an option is deleted', () => {
    expect(keysAfterRemoval(['A', 'C', 'D'], 1)).toEqual(['A', 'B', 'C']);
    expect(keysAfterRemoval(['B'], 1)).toEqual([]);
  });

  it('maps API problem paths to the inputs that show them', () => {
    expect(formFieldForProblem('options[2].text', 'single')).toEqual(['options', 2, 'text']);
    expect(formFieldForProblem('options', 'multiple')).toEqual(['options']);
    expect(formFieldForProblem('answer', 'single')).toEqual(['correct']);
    expect(formFieldForProblem('answer[1]', 'multiple')).toEqual(['correctKeys']);
    expect(formFieldForProblem('answer[1]', 'fill')).toEqual(['blanks', 1]);
    expect(formFieldForProblem('answer[1][0]', 'fill')).toEqual(['blanks', 1]);
    expect(formFieldForProblem('answer', 'judge')).toEqual(['judge']);
    expect(formFieldForProblem('rubric[0].maxPoints', 'short')).toEqual(['rubric', 0, 'maxPoints']);
    expect(formFieldForProblem('rubric', 'case')).toEqual(['rubric']);
    expect(formFieldForProblem('body.stem', 'fill')).toEqual(['stem']);
    expect(formFieldForProblem('usage[0]', 'single')).toEqual(['usage']);
    expect(formFieldForProblem('somethingElse', 'single')).toBeNull();
  });
});
