/**
 * Allocation (比重表 → counts): turns the area percents of a blueprint into an integer number of
 * questions per cell (area × type), so that each area's points come as close to its share of
 * the paper as the paper structure allows, and shows the deviation per area.
 *
 * THE ROUNDING RULE (largest remainder over the cumulative quota), deterministic:
 *  1. Sections are taken in descending `pointsEach` (ties: blueprint order), so the coarse
 *     items are placed first and the fine ones absorb their rounding.
 *  2. An area's quota in a section = its percent of the points of this section and of every
 *     section before it, minus the points it already holds; its ideal count = quota / pointsEach
 *     (for the first section that is simply count × percent / 100).
 *  3. Floors first: each area gets ⌊ideal⌋ items; the section's remaining items go to the areas
 *     with the largest remainders (ideal − ⌊ideal⌋), ties broken by the area's remaining point
 *     deficit over the whole paper (target − points allocated so far, larger first), then by
 *     area order. An area already above its quota (negative ideal) gets nothing there.
 *  Steps 2–3 are computed as "each item of the section goes, one at a time, to the area with
 *  the largest outstanding quota", which is the same thing and needs no special case when
 *  ideals are negative. All arithmetic is on integers (hundredths of a percent × cents), so
 *  ties are exact and the result never depends on float rounding.
 *
 * Why the cumulative quota rather than count × percent / 100 in every section: rounding each
 * section on its own lets the same area win the remainder in every section (60/40 over three
 * 1 × 10-point sections would give 30/0 points against targets 18/12). Carrying the earlier
 * sections' rounding into the next section's ideal keeps every area within the largest
 * `pointsEach` of its target, while the first section is rounded exactly as plain largest
 * remainder would.
 *
 * Expects a valid blueprint (`validateBlueprint` returns no problems).
 */
import type { Allocation, AllocationCell, AreaAllocation, Blueprint } from './blueprint.types';
import { toHundredths } from './validate-blueprint';

type AllocationInput = Pick<Blueprint, 'areas' | 'sections'>;

const cents = (points: number): number => toHundredths(points) ?? Math.round(points * 100);

export function allocate(bp: AllocationInput): Allocation {
  const nAreas = bp.areas.length;
  // hundredths of a percent: 15 % → 1500; the percents sum to 10000
  const share = bp.areas.map((a) => cents(a.percent));
  const eachCents = bp.sections.map((s) => cents(s.pointsEach));
  const totalCents = bp.sections.reduce((sum, s, i) => sum + s.count * (eachCents[i] ?? 0), 0);
  const order = bp.sections.map((_, i) => i).sort((a, b) => (eachCents[b] ?? 0) - (eachCents[a] ?? 0) || a - b);

  const held = new Array<number>(nAreas).fill(0); // cents allocated so far
  const counts = bp.sections.map(() => new Array<number>(nAreas).fill(0));
  // Both quantities below are in (hundredths of a percent × cents), i.e. ×10000 of points.
  const quota = new Array<number>(nAreas).fill(0);
  const deficit = new Array<number>(nAreas).fill(0);
  let cumulative = 0;
  for (const si of order) {
    const section = bp.sections[si];
    const each = eachCents[si] ?? 0;
    const row = counts[si];
    if (!section || !row) continue;
    cumulative += section.count * each;
    for (let a = 0; a < nAreas; a++) {
      quota[a] = (share[a] ?? 0) * cumulative - 10000 * (held[a] ?? 0);
      deficit[a] = (share[a] ?? 0) * totalCents - 10000 * (held[a] ?? 0);
    }
    for (let k = 0; k < section.count; k++) {
      let best = 0;
      for (let a = 1; a < nAreas; a++) {
        const q = quota[a] ?? 0;
        const qb = quota[best] ?? 0;
        if (q > qb || (q === qb && (deficit[a] ?? 0) > (deficit[best] ?? 0))) best = a;
      }
      row[best] = (row[best] ?? 0) + 1;
      quota[best] = (quota[best] ?? 0) - 10000 * each;
      deficit[best] = (deficit[best] ?? 0) - 10000 * each;
      held[best] = (held[best] ?? 0) + each;
    }
  }

  const cells: AllocationCell[] = [];
  bp.sections.forEach((s, si) => {
    bp.areas.forEach((area, a) => {
      const count = counts[si]?.[a] ?? 0;
      if (count > 0) {
        cells.push({ areaId: area.syllabusNodeId, type: s.type, count, pointsEach: s.pointsEach, points: (count * (eachCents[si] ?? 0)) / 100 });
      }
    });
  });
  const areas: AreaAllocation[] = bp.areas.map((area, a) => {
    const target = (share[a] ?? 0) * totalCents; // ×10^6 of points
    const points = held[a] ?? 0;
    return {
      areaId: area.syllabusNodeId,
      targetPoints: roundTo(target / 1e6),
      points: points / 100,
      deviation: roundTo((points * 10000 - target) / 1e6),
    };
  });
  return { cells, areas };
}

/** Six decimals hide float noise in the displayed figures (the counts themselves are exact). */
function roundTo(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}
