import type { AssemblyCell, BankItem, PaperItem } from './assembly.types';
import { checkPaper } from './check-paper';

const bankItem = (n: number, over: Partial<BankItem> = {}): BankItem => ({
  versionId: `v${n}`, questionId: `q${n}`, areaId: 'A', type: 'single', difficulty: 3, requirement: 'understand',
  exposure: 0, seenByCandidate: false, enemyIds: [], optionKeys: ['A', 'B', 'C'], ...over,
});
const cells: AssemblyCell[] = [{ areaId: 'A', type: 'single', count: 2, pointsEach: 2 }];
const bank = [bankItem(1), bankItem(2, { requirement: 'master', difficulty: 5 }), bankItem(3, { enemyIds: ['q1'] }), bankItem(4, { questionId: 'q1' }), bankItem(5, { exposure: 9 })];
const onPaper = (n: number, over: Partial<PaperItem> = {}): PaperItem => ({ versionId: `v${n}`, questionId: `q${n}`, areaId: 'A', type: 'single', points: 2, optionOrder: ['C', 'A', 'B'], ...over });
const codes = (items: PaperItem[], constraints = {}) => checkPaper({ items }, cells, bank, constraints).map((v) => v.code);

describe('checkPaper', () => {
  it('accepts a valid paper', () => {
    expect(checkPaper({ items: [onPaper(1), onPaper(2)] }, cells, bank, { mixes: { requirement: { understand: 50, master: 50 } }, difficultyWindow: { min: 4, max: 4 } })).toEqual([]);
  });

  it('finds unknown, mismatched and mis-pointed items and wrong cell counts', () => {
    expect(codes([onPaper(1), onPaper(9)])).toEqual(['UNKNOWN_ITEM', 'CELL_COUNT']);
    expect(codes([onPaper(1), onPaper(2, { areaId: 'B' })])).toEqual(['ITEM_MISMATCH']);
    expect(codes([onPaper(1), onPaper(2, { points: 3 })])).toEqual(['POINTS_MISMATCH']);
    expect(codes([onPaper(1)])).toEqual(['CELL_COUNT']);
    expect(checkPaper({ items: [onPaper(1), onPaper(2)] }, cells, [bankItem(1), bankItem(2, { type: 'judge' })]).map((v) => v.code)).toEqual(['ITEM_MISMATCH', 'NOT_IN_BLUEPRINT', 'OPTION_ORDER', 'CELL_COUNT']);
  });

  it('finds duplicates and enemies (named on either side)', () => {
    expect(codes([onPaper(1), onPaper(1)])).toEqual(['DUPLICATE_ITEM', 'DUPLICATE_QUESTION']);
    expect(codes([onPaper(1), onPaper(4, { questionId: 'q1' })])).toEqual(['DUPLICATE_QUESTION']);
    expect(codes([onPaper(1), onPaper(3)])).toEqual(['ENEMY_PAIR']);
    expect(codes([onPaper(3), onPaper(1)])).toEqual(['ENEMY_PAIR']);
  });

  it('finds the exposure cap, the mixes and the window missed', () => {
    expect(codes([onPaper(1), onPaper(5)], { exposureCap: 9 })).toEqual(['EXPOSURE_CAP']);
    expect(codes([onPaper(1), onPaper(5)], { exposureCap: 10 })).toEqual([]);
    expect(codes([onPaper(1), onPaper(5)], { mixes: { requirement: { understand: 50, master: 50 }, tolerancePercent: 49 } })).toEqual(['REQUIREMENT_MIX', 'REQUIREMENT_MIX']);
    expect(codes([onPaper(1), onPaper(5)], { mixes: { requirement: { understand: 50, master: 50 }, tolerancePercent: 50 } })).toEqual([]);
    expect(codes([onPaper(1), onPaper(2)], { mixes: { difficulty: { '3': 100 } } })).toEqual(['DIFFICULTY_MIX', 'DIFFICULTY_MIX']);
    expect(codes([onPaper(1), onPaper(2)], { difficultyWindow: { min: 1, max: 3.9 } })).toEqual(['DIFFICULTY_WINDOW']);
  });

  it('requires a permutation of the option keys on choice items', () => {
    expect(codes([onPaper(1, { optionOrder: ['A', 'B'] }), onPaper(2)])).toEqual(['OPTION_ORDER']);
    expect(codes([onPaper(1, { optionOrder: ['A', 'A', 'B'] }), onPaper(2)])).toEqual(['OPTION_ORDER']);
    expect(codes([onPaper(1, { optionOrder: undefined }), onPaper(2)])).toEqual(['OPTION_ORDER']);
  });
});
