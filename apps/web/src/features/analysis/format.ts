import type { ItemAnalysisRowDto, ItemFlagDto } from '@cm/contracts';

/** A statistic with fixed decimals; "—" when it is not defined. */
export const fixed = (value: number | null | undefined, digits = 2): string => (value === null || value === undefined ? '—' : value.toFixed(digits));

/** A share as a whole percentage; "—" when not defined. */
export const percent = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`);

export const FLAG_COLORS: Record<ItemFlagDto, string> = { negative_discrimination: 'red', too_easy: 'orange', too_hard: 'volcano' };

export interface ChartPoint {
  versionId: string;
  position: number | null;
  stem: string;
  facility: number;
  /** the item–rest correlation, or D when that is not defined */
  y: number;
  flagged: boolean;
}

/** Points of the facility × discrimination chart: items that have both figures, split by flag. */
export function chartPoints(items: readonly ItemAnalysisRowDto[]): { normal: ChartPoint[]; flagged: ChartPoint[] } {
  const points = items.flatMap((item): ChartPoint[] => {
    const y = item.pointBiserial ?? item.discrimination;
    if (item.facility === null || y === null) return [];
    return [{ versionId: item.versionId, position: item.position, stem: item.stem, facility: item.facility, y, flagged: item.flags.length > 0 }];
  });
  return { normal: points.filter((p) => !p.flagged), flagged: points.filter((p) => p.flagged) };
}
