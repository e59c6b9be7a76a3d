import type { DistractorDto, ItemStatsDto } from '@cm/contracts';
import type { ItemAnalysis } from '@cm/domain';

/** 4 decimals; NaN/undefined (not defined, e.g. no responses) → null. */
export const round4 = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10000) / 10000);

/** A plain-text start of a rich-text stem for tables (images, emphasis and table rules removed). */
export function stemExcerpt(stem: string, max = 60): string {
  const plain = stem
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '[图]')
    .replace(/\*\*|(?<!_)__(?!_)|`/g, '')
    .replace(/^\s*(#+|[-*]|\d+\.|\|)\s*/gm, '')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max)}…` : plain;
}

export function toItemStats(a: ItemAnalysis): ItemStatsDto {
  const distractors: DistractorDto[] | null = a.distractors?.map((d) => ({ ...d, share: round4(d.share) ?? 0, upperShare: round4(d.upperShare), lowerShare: round4(d.lowerShare) })) ?? null;
  return {
    n: a.n,
    facility: round4(a.facility),
    pointBiserial: round4(a.pointBiserial),
    discrimination: round4(a.discrimination),
    upperFacility: round4(a.upperFacility),
    lowerFacility: round4(a.lowerFacility),
    groupSize: a.groupSize,
    distractors,
    omitted: a.omitted,
    flags: a.flags,
    belowMinN: a.belowMinN,
  };
}
