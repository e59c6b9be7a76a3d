import { proposeLevel, reasonRequired, requiredObserved } from './propose-level';

const TWO_THIRDS = { numerator: 2, denominator: 3 };
const ids = (level: number, n: number) => Array.from({ length: n }, (_, i) => `L${level}-${i + 1}`);
/** 抗挫能力: every level found, 3/3/4/4 indicators. */
const full = [
  { level: 1, indicatorIds: ids(1, 3) },
  { level: 2, indicatorIds: ids(2, 3) },
  { level: 3, indicatorIds: ids(3, 4) },
  { level: 4, indicatorIds: ids(4, 4) },
];

describe('proposeLevel: the highest level mostly observed with every lower level held', () => {
  it('needs ⌈2n/3⌉ of n indicators', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => requiredObserved(n, TWO_THIRDS))).toEqual([1, 2, 2, 3, 4, 4]);
  });

  it('climbs while each level is held and stops at the first that is not', () => {
    const p = proposeLevel(full, ['L1-1', 'L1-2', 'L2-1', 'L2-3', 'L3-1', 'L3-2'], TWO_THIRDS);
    expect(p.proposed).toBe(2);
    expect(p.consistent).toEqual([2]);
    expect(p.levels.map((l) => [l.level, l.observed, l.required, l.held])).toEqual([[1, 2, 2, true], [2, 2, 2, true], [3, 2, 3, false], [4, 0, 3, false]]);
  });

  it('never skips a level: observing only the top level proposes 0', () => {
    expect(proposeLevel(full, ids(4, 4), TWO_THIRDS).proposed).toBe(0);
    expect(proposeLevel(full, [], TWO_THIRDS).proposed).toBe(0);
  });

  it('proposes 4 when every level is held', () => {
    expect(proposeLevel(full, [...ids(1, 2), ...ids(2, 2), ...ids(3, 3), ...ids(4, 3)], TWO_THIRDS).proposed).toBe(4);
  });

  it('leaves the choice to the rater above a level without indicators (text not found)', () => {
    // 成就导向: 初级 and 中级 found, 高级 and 资深 not found.
    const partial = [full[0]!, full[1]!, { level: 3, indicatorIds: [] }, { level: 4, indicatorIds: [] }];
    const p = proposeLevel(partial, [...ids(1, 2), ...ids(2, 2)], TWO_THIRDS);
    expect(p.proposed).toBe(2);
    expect(p.consistent).toEqual([2, 3, 4]);
    expect(reasonRequired(3, p)).toBe(false);
    expect(reasonRequired(1, p)).toBe(true);
    // Level 1 unheld: the indicators decide (0), the gap above is never reached.
    expect(proposeLevel(partial, [], TWO_THIRDS).consistent).toEqual([0]);
  });

  it('proposes nothing when the lowest level has no indicators', () => {
    const none = [1, 2, 3, 4].map((level) => ({ level, indicatorIds: [] }));
    const p = proposeLevel(none, [], TWO_THIRDS);
    expect(p.proposed).toBeNull();
    expect(p.consistent).toEqual([0, 1, 2, 3, 4]);
  });

  it('caps the free range at a judged level above the gap that is not held', () => {
    const gap = [full[0]!, { level: 2, indicatorIds: [] }, full[2]!, full[3]!];
    expect(proposeLevel(gap, ids(1, 3), TWO_THIRDS).consistent).toEqual([1, 2]);
    expect(proposeLevel(gap, [...ids(1, 3), ...ids(3, 3)], TWO_THIRDS).consistent).toEqual([1, 2, 3]);
  });

  it('asks for a reason when the chosen level differs from what the indicators support', () => {
    const p = proposeLevel(full, [...ids(1, 2), ...ids(2, 2)], TWO_THIRDS);
    expect(reasonRequired(2, p)).toBe(false);
    expect(reasonRequired(3, p)).toBe(true);
    expect(reasonRequired(1, p)).toBe(true);
  });

  it('follows an edited ratio (all indicators)', () => {
    expect(proposeLevel(full, [...ids(1, 2), ...ids(2, 3)], { numerator: 1, denominator: 1 }).proposed).toBe(0);
    expect(proposeLevel(full, [...ids(1, 3), ...ids(2, 3)], { numerator: 1, denominator: 1 }).proposed).toBe(2);
  });
});
