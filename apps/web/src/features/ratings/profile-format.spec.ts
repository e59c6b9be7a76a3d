import { describe, expect, it } from '@jest/globals';
import type { ProfileItemDto } from '@cm/contracts';
import { formatRating, gapSummary, isGap, itemsByCategory } from './profile-format';

const item = (itemId: string, rating: number | null, standard: number, farBelow = false): ProfileItemDto => ({
  itemId, code: itemId, name: itemId, category: '', assessment: 'rating', rating, standard, gap: rating === null ? null : rating - standard,
  belowStandard: rating === null ? null : rating < standard, farBelow, basis: 'ratings', trainingChapters: [],
});

describe('the profile view', () => {
  it('orders items by category and keeps items of no category at the end', () => {
    const profile = { items: [item('a', 2, 2), item('b', 1, 2), item('c', null, 2)], categories: [{ name: '职能行为能力', itemIds: ['b'] }, { name: '基本能力', itemIds: ['a'] }] };
    expect(itemsByCategory(profile).map((g) => [g.category, g.items.map((i) => i.itemId)])).toEqual([['职能行为能力', ['b']], ['基本能力', ['a']], ['', ['c']]]);
  });

  it('counts gaps, far gaps and unrated items', () => {
    const items = [item('a', 2, 2), item('b', 1.7, 2), item('c', 0.5, 2, true), item('d', null, 2)];
    expect(gapSummary({ items })).toEqual({ below: 2, farBelow: 1, unrated: 1 });
    expect(items.filter(isGap).map((i) => i.itemId)).toEqual(['b', 'c', 'd']);
    expect([formatRating(1.7), formatRating(2), formatRating(null)]).toEqual(['1.7', '2', '—']);
  });
});
