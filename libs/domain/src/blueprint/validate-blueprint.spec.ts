import { codeTreeContext, defaultBlueprint } from './defaults.fixture';
import { BlueprintInput, toHundredths, validateBlueprint } from './validate-blueprint';

const codes = (bp: BlueprintInput) => validateBlueprint(bp, codeTreeContext).map((p) => `${p.path}:${p.code}`);
const base = () => defaultBlueprint('vip-service-manager', 1) as BlueprintInput & ReturnType<typeof defaultBlueprint>;

describe('validateBlueprint', () => {
  it.each([
    ['vip-service-manager', 1],
    ['vip-service-manager', 4],
    ['gov-enterprise-sales-manager', 2],
    ['gov-enterprise-sales-manager', 3],
  ] as const)('accepts the default blueprint %s level %d', (track, level) => {
    expect(validateBlueprint(defaultBlueprint(track, level), codeTreeContext)).toEqual([]);
  });

  it('gives Chinese messages with path and code', () => {
    const problems = validateBlueprint({ ...base(), name: '' }, codeTreeContext);
    expect(problems).toEqual([{ path: 'name', code: 'REQUIRED', message: '请填写比重表名称' }]);
  });

  it('requires the areas to sum to exactly 100', () => {
    const bp = base();
    bp.areas[0].percent = 15.01;
    expect(codes(bp)).toEqual(['areas:AREAS_SUM_NOT_100']);
    bp.areas[0].percent = 14.995;
    expect(codes(bp)).toEqual(['areas[0].percent:AREA_PERCENT_INVALID']);
  });

  it('rejects non-positive percents, duplicates, unknown and nested areas', () => {
    const bp = base();
    bp.areas[1] = { syllabusNodeId: 'VIP-1.1', percent: 15 };
    expect(codes(bp)).toEqual(['areas[1].syllabusNodeId:AREA_DUPLICATE']);
    bp.areas[1] = { syllabusNodeId: 'nope', percent: 15 };
    expect(codes(bp)).toEqual(['areas[1].syllabusNodeId:AREA_NODE_NOT_FOUND']);
    bp.areas[1] = { syllabusNodeId: 'VIP-1.1.2', percent: 15 };
    expect(codes(bp)).toEqual(['areas[1].syllabusNodeId:AREA_NESTED']);
    bp.areas[1] = { syllabusNodeId: 'VIP-1.2', percent: 0 };
    expect(codes(bp)).toEqual(['areas[1].percent:AREA_PERCENT_INVALID']);
    expect(codes({ ...bp, areas: [] })).toEqual(['areas:AREAS_EMPTY']);
  });

  it('requires section points to sum to totalPoints and one section per type', () => {
    const bp = base();
    bp.sections[0].count = 11;
    expect(codes(bp)).toEqual(['sections:SECTIONS_POINTS_MISMATCH']);
    bp.sections[0] = { type: 'judge', count: 10, pointsEach: 1 };
    expect(codes(bp)).toEqual(['sections[3].type:SECTION_TYPE_DUPLICATE']);
    expect(codes({ ...base(), sections: [{ type: 'essay', count: 0, pointsEach: -1 }] })).toEqual([
      'sections[0].type:SECTION_TYPE_INVALID',
      'sections[0].count:SECTION_COUNT_INVALID',
      'sections[0].pointsEach:SECTION_POINTS_INVALID',
    ]);
  });

  it('allows scoring only on multiple, and only its two values', () => {
    const bp = base();
    bp.sections[0] = { ...bp.sections[0], scoring: 'partial' };
    expect(codes(bp)).toEqual(['sections[0].scoring:SCORING_NOT_ALLOWED']);
    const bad = base() as unknown as { sections: Array<Record<string, unknown>> };
    bad.sections[2] = { ...bad.sections[2], scoring: 'half' };
    expect(codes(bad)).toEqual(['sections[2].scoring:SCORING_INVALID']);
  });

  it('checks mixes: known keys, 0..100, sum 100', () => {
    expect(codes({ ...base(), requirementMix: { understand: 50, familiar: 35, master: 10 } })).toEqual(['requirementMix:MIX_SUM_NOT_100']);
    expect(codes({ ...base(), requirementMix: { understand: 50, familiar: 35, expert: 15 } })).toEqual(['requirementMix.expert:MIX_KEY_INVALID']);
    expect(codes({ ...base(), difficultyMix: { '1': 20, '3': 60, '5': 20 } })).toEqual([]);
    expect(codes({ ...base(), difficultyMix: { '0': 20, '3': 80 } })).toEqual(['difficultyMix.0:MIX_KEY_INVALID']);
    expect(codes({ ...base(), difficultyMix: { '2': -10, '3': 110 } })).toEqual(['difficultyMix.2:MIX_PERCENT_INVALID', 'difficultyMix.3:MIX_PERCENT_INVALID']);
    expect(codes({ ...base(), difficultyMix: [50, 50] })).toEqual(['difficultyMix:MIX_INVALID']);
  });

  it('checks the window 1 ≤ min ≤ max ≤ 5, tolerance, exposure cap, pass mark and duration', () => {
    expect(codes({ ...base(), difficultyWindow: { min: 2.5, max: 3.5 } })).toEqual([]);
    expect(codes({ ...base(), difficultyWindow: { min: 3.5, max: 2.5 } })).toEqual(['difficultyWindow:WINDOW_INVALID']);
    expect(codes({ ...base(), difficultyWindow: { min: 0.5, max: 2 } })).toEqual(['difficultyWindow:WINDOW_INVALID']);
    expect(codes({ ...base(), mixTolerancePercent: -1 })).toEqual(['mixTolerancePercent:TOLERANCE_INVALID']);
    expect(codes({ ...base(), exposureCapPercent: 0 })).toEqual(['exposureCapPercent:EXPOSURE_CAP_INVALID']);
    expect(codes({ ...base(), exposureCapPercent: 100 })).toEqual([]);
    expect(codes({ ...base(), passMark: 101 })).toEqual(['passMark:PASS_MARK_INVALID']);
    expect(codes({ ...base(), durationMinutes: 9 })).toEqual(['durationMinutes:DURATION_OUT_OF_RANGE']);
    expect(codes({ ...base(), durationMinutes: 601 })).toEqual(['durationMinutes:DURATION_OUT_OF_RANGE']);
    expect(codes({ ...base(), level: 5 })).toEqual(['level:LEVEL_INVALID']);
  });

  it('keeps the pass mark at or below a small total', () => {
    const bp = { ...base(), totalPoints: 50, sections: [{ type: 'single', count: 25, pointsEach: 2 }] };
    expect(codes(bp)).toEqual(['passMark:PASS_MARK_INVALID']);
  });

  it('compares decimals in exact hundredths', () => {
    expect(toHundredths(33.33)).toBe(3333);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(toHundredths(1.005)).toBeNull();
    expect(toHundredths('1')).toBeNull();
  });
});
