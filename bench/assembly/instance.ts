/**
 * The G4 assembly instance of the benchmark (docs/quality-bars.md): a 100-item / 212-point
 * blueprint over 6 areas × 5 types (the VIP level-1 structure scaled to 100 items, as in
 * libs/domain/src/assembly/assemble.timing.ts), a requirement mix with tolerance, a difficulty
 * window, and a synthetic bank of N items with enemy pairs and skewed exposure counts.
 *
 * Everything is drawn from seeded generators (`createRng` of @cm/domain), so a bank size and a
 * bank seed always give the same instance.
 */
import {
  allocate, createRng, nextInt, validateBlueprint, type AssemblyCell, type AssemblyConstraints, type AssemblyInput, type BankItem, type Blueprint,
  type QuestionTypeValue, type RequirementValue,
} from '@cm/domain';

export const AREAS = ['VIP-1.1', 'VIP-1.2', 'VIP-2.1', 'VIP-2.2', 'VIP-2.3', 'VIP-3'] as const;
export const TYPES: readonly QuestionTypeValue[] = ['fill', 'single', 'multiple', 'judge', 'short'];

/** 6 areas × 5 types, 100 items, 212 points; requirement mix 50/35/15 ± 10; window 2.6–3.2. */
export function benchBlueprint(): Blueprint {
  const bp: Blueprint = {
    trackId: 'vip-service-manager',
    level: 1,
    name: 'G4 bench: VIP L1 scaled to 100 items',
    totalPoints: 20 + 64 + 66 + 22 + 40,
    durationMinutes: 120,
    passMark: 60,
    areas: AREAS.map((syllabusNodeId, i) => ({ syllabusNodeId, percent: [15, 15, 20, 25, 15, 10][i]! })),
    sections: [
      { type: 'fill', count: 20, pointsEach: 1 },
      { type: 'single', count: 32, pointsEach: 2 },
      { type: 'multiple', count: 22, pointsEach: 3, scoring: 'partial' },
      { type: 'judge', count: 22, pointsEach: 1 },
      { type: 'short', count: 4, pointsEach: 10 },
    ],
    requirementMix: { understand: 50, familiar: 35, master: 15 },
    mixTolerancePercent: 10,
    difficultyWindow: { min: 2.6, max: 3.2 },
  };
  const problems = validateBlueprint(bp, { nodeExists: () => true, isAncestor: (a, b) => b.startsWith(`${a}.`) });
  if (problems.length > 0) throw new Error(`bench blueprint invalid: ${JSON.stringify(problems)}`);
  return bp;
}

export interface BankOptions {
  size: number;
  seed: string;
  /** share of items naming one enemy (another question of the same area), default 0.02 */
  enemyRate: number;
  /** mean of the exposure distribution (exponential, floored: right-skewed, mode 0) */
  exposureMean: number;
  /** shares of understand / familiar / master among the bank's items, default 45 / 35 / 20 */
  requirementWeights?: readonly [number, number, number];
}

const REQUIREMENTS: readonly RequirementValue[] = ['understand', 'familiar', 'master'];
export const DEFAULT_REQUIREMENT_WEIGHTS = [45, 35, 20] as const;
const DIFF_WEIGHTS: ReadonlyArray<[number, number]> = [[1, 0.1], [2, 0.25], [3, 0.35], [4, 0.2], [5, 0.1]];
const EXPOSURE_MAX = 1000;

function weighted<T>(rng: () => number, table: ReadonlyArray<[T, number]>): T {
  let x = rng();
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1]![0];
}

/**
 * `size` items spread evenly over the 30 area × type combinations (one version per question),
 * difficulty 1..5 and requirement drawn independently, exposure ⌊−mean·ln U⌋ (exponential:
 * skewness 2, about 1/mean of the items never used), enemies named on one side only.
 */
export function syntheticBank(o: BankOptions): { items: BankItem[]; enemyPairs: number } {
  const rng = createRng(o.seed);
  const rw = o.requirementWeights ?? DEFAULT_REQUIREMENT_WEIGHTS;
  const rSum = rw[0] + rw[1] + rw[2];
  const reqWeights = REQUIREMENTS.map((r, k): [RequirementValue, number] => [r, rw[k]! / rSum]);
  const combos = AREAS.flatMap((areaId) => TYPES.map((type) => ({ areaId, type })));
  const items: BankItem[] = [];
  const byArea = new Map<string, number[]>();
  for (let n = 0; n < o.size; n++) {
    const { areaId, type } = combos[n % combos.length]!;
    const choice = type === 'single' || type === 'multiple';
    const exposure = Math.min(EXPOSURE_MAX, Math.floor(-o.exposureMean * Math.log(1 - rng())));
    items.push({
      versionId: `v${n}`,
      questionId: `q${n}`,
      areaId,
      type,
      difficulty: weighted(rng, DIFF_WEIGHTS),
      requirement: weighted(rng, reqWeights),
      exposure,
      seenByCandidate: false,
      enemyIds: [],
      ...(choice ? { optionKeys: type === 'single' ? ['A', 'B', 'C', 'D'] : ['A', 'B', 'C', 'D', 'E'] } : {}),
    });
    let list = byArea.get(areaId);
    if (!list) byArea.set(areaId, (list = []));
    list.push(n);
  }
  const pairs = new Set<string>();
  for (const item of items) {
    if (rng() >= o.enemyRate) continue;
    const list = byArea.get(item.areaId)!;
    const other = items[list[nextInt(rng, list.length)]!]!;
    const key = [item.questionId, other.questionId].sort().join('|');
    if (other.questionId === item.questionId || pairs.has(key)) continue;
    pairs.add(key);
    (item.enemyIds as string[]).push(other.questionId);
  }
  return { items, enemyPairs: pairs.size };
}

export interface Instance {
  bankSize: number;
  cells: AssemblyCell[];
  items: BankItem[];
  constraints: AssemblyConstraints;
  /** λ of the difficulty term, passed to the engine as `difficultyWeight` (its default: the item count) */
  lambda: number;
  itemCount: number;
  totalPoints: number;
  enemyPairs: number;
}

export function buildInstance(bankSize: number, o: Omit<BankOptions, 'size' | 'seed'>): Instance {
  const bp = benchBlueprint();
  const cells = allocate(bp).cells.map(({ areaId, type, count, pointsEach }) => ({ areaId, type, count, pointsEach }));
  const { items, enemyPairs } = syntheticBank({ ...o, size: bankSize, seed: `g4-bank-${bankSize}` });
  const itemCount = cells.reduce((n, c) => n + c.count, 0);
  return {
    bankSize,
    cells,
    items,
    constraints: {
      mixes: { requirement: bp.requirementMix, tolerancePercent: bp.mixTolerancePercent },
      difficultyWindow: bp.difficultyWindow,
    },
    lambda: itemCount,
    itemCount,
    totalPoints: cells.reduce((sum, c) => sum + c.count * c.pointsEach, 0),
    enemyPairs,
  };
}

export function inputFor(inst: Instance, seed: string): AssemblyInput {
  return { cells: inst.cells, items: inst.items, ...inst.constraints, difficultyWeight: inst.lambda, seed };
}

/** Quantiles of the exposure counts, to show how skewed the bank is. */
export function exposureProfile(items: readonly BankItem[]): string {
  const e = items.map((i) => i.exposure).sort((a, b) => a - b);
  const q = (p: number) => e[Math.min(e.length - 1, Math.floor(p * e.length))]!;
  const zero = e.filter((x) => x === 0).length / e.length;
  const mean = e.reduce((s, x) => s + x, 0) / e.length;
  return `exposure mean ${mean.toFixed(1)}, p10 ${q(0.1)}, p50 ${q(0.5)}, p90 ${q(0.9)}, p99 ${q(0.99)}, max ${e[e.length - 1]}, never used ${(zero * 100).toFixed(1)} %`;
}
