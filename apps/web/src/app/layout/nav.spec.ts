import { describe, expect, it } from '@jest/globals';
import { navGroupsFor, selectedNavKey } from './nav';

describe('navigation', () => {
  it('shows the union of the roles, each page once', () => {
    const groups = navGroupsFor(['officer', 'trainer', 'candidate']);
    expect(groups.map((group) => group.role)).toEqual(['officer']);
    expect(groups.flatMap((group) => group.links.map((link) => link.path))).toEqual(['/users', '/syllabus', '/settings']);
  });

  it('gives admins users, org units and settings, and candidates the syllabus', () => {
    expect(navGroupsFor(['admin'])[0]?.links.map((link) => link.path)).toEqual(['/users', '/org-units', '/settings']);
    expect(navGroupsFor(['candidate']).flatMap((group) => group.links.map((link) => link.path))).toEqual(['/syllabus']);
    expect(navGroupsFor([])).toEqual([]);
  });

  it('highlights the entry of the current page', () => {
    const groups = navGroupsFor(['admin']);
    expect(selectedNavKey('/users', groups)).toBe('/users');
    expect(selectedNavKey('/org-units/x', groups)).toBe('/org-units');
    expect(selectedNavKey('/', groups)).toBe('/');
  });
});
