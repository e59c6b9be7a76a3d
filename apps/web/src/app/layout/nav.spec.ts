import { describe, expect, it } from '@jest/globals';
import { navGroupsFor, selectedNavKey } from './nav';

describe('navigation', () => {
  it('shows the union of the roles, each page once', () => {
    const groups = navGroupsFor(['officer', 'trainer', 'candidate']);
    expect(groups.map((group) => group.role)).toEqual(['officer', 'trainer', 'candidate']);
    expect(groups.flatMap((group) => group.links.map((link) => link.path))).toEqual([
      '/users', '/syllabus', '/questions', '/questions/coverage', '/blueprints', '/exam-sessions', '/settings', '/questions/review', '/my-exams',
    ]);
  });

  it('gives admins users, org units, the syllabus (they may edit it) and settings, and candidates the syllabus', () => {
    expect(navGroupsFor(['admin'])[0]?.links.map((link) => link.path)).toEqual(['/users', '/org-units', '/syllabus', '/settings']);
    expect(navGroupsFor(['candidate']).flatMap((group) => group.links.map((link) => link.path))).toEqual(['/syllabus', '/my-exams']);
    expect(navGroupsFor([])).toEqual([]);
  });

  it('gives trainers the syllabus, the bank, the review queue and the coverage matrix', () => {
    expect(navGroupsFor(['trainer']).flatMap((group) => group.links.map((link) => link.path))).toEqual([
      '/syllabus', '/questions', '/questions/review', '/questions/coverage', '/blueprints',
    ]);
    const groups = navGroupsFor(['trainer']);
    expect(selectedNavKey('/questions/review', groups)).toBe('/questions/review');
    expect(selectedNavKey('/questions/abc/edit', groups)).toBe('/questions');
  });

  it('highlights the entry of the current page', () => {
    const groups = navGroupsFor(['admin']);
    expect(selectedNavKey('/users', groups)).toBe('/users');
    expect(selectedNavKey('/org-units/x', groups)).toBe('/org-units');
    expect(selectedNavKey('/', groups)).toBe('/');
  });
});
