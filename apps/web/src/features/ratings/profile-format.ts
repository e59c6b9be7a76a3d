import type { CompetencyProfileDto, ProfileItemDto } from '@cm/contracts';

const CATEGORY_COLORS = ['#1f5fbf', '#722ed1', '#08979c', '#d46b08'];
export const GAP_COLOR = '#cf1322';

/** The items in category order (the radar groups them by category). */
export function itemsByCategory(profile: Pick<CompetencyProfileDto, 'items' | 'categories'>): { category: string; color: string; items: ProfileItemDto[] }[] {
  const groups = profile.categories.map((category, index) => ({
    category: category.name,
    color: CATEGORY_COLORS[index % CATEGORY_COLORS.length]!,
    items: category.itemIds.map((id) => profile.items.find((item) => item.itemId === id)).filter((item): item is ProfileItemDto => !!item),
  }));
  const placed = new Set(groups.flatMap((group) => group.items.map((item) => item.itemId)));
  const rest = profile.items.filter((item) => !placed.has(item.itemId));
  return rest.length ? [...groups, { category: '', color: '#595959', items: rest }] : groups;
}

/** A gap worth highlighting: below the standard of the target level (or not rated at all). */
export const isGap = (item: ProfileItemDto) => item.rating === null || item.rating < item.standard;

export const formatRating = (n: number | null | undefined) => (n === null || n === undefined ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(1));

export function gapSummary(profile: Pick<CompetencyProfileDto, 'items'>): { below: number; farBelow: number; unrated: number } {
  return {
    below: profile.items.filter((item) => item.rating !== null && item.rating < item.standard).length,
    farBelow: profile.items.filter((item) => item.farBelow).length,
    unrated: profile.items.filter((item) => item.rating === null).length,
  };
}
