import { describe, expect, it } from '@jest/globals';
import { navGroupsFor, selectedNavKey } from './nav';

describe('navigation', () => {
  it('shows the union of the roles, each page once', () => {
    const groups = navGroupsFor(['officer', 'trainer', 'candidate']);
    expect(groups.map((group) => group.role)).toEqual(['officer', 'trainer', 'candidate']);
    expect(groups.flatMap((group) => group.links.map((link) => link.path))).toEqual([
      '/users', '/syllabus', '/questions', '/questions/coverage', '/blueprints', '/exam-sessions', '/marking',
      '/competency', '/rating-campaigns', '/competency-profile', '/level-decisions', '/appeals', '/certificates', '/decision-policy', '/my-ratings', '/settings',
      '/questions/review', '/training/records', '/training/class-progress', '/my-exams', '/training', '/training/practice', '/training/mock-exams', '/training/wrong-answers',
      '/my-profile', '/my-decisions', '/my-levels', '/my-certificates',
    ]);
  });

  it('gives admins users, org units, the syllabus (they may edit it) and settings, and candidates the syllabus', () => {
    expect(navGroupsFor(['admin'])[0]?.links.map((link) => link.path)).toEqual(['/users', '/org-units', '/syllabus', '/settings', '/jobs', '/decision-policy', '/my-ratings']);
    expect(navGroupsFor(['candidate']).flatMap((group) => group.links.map((link) => link.path))).toEqual([
      '/syllabus', '/my-exams', '/training', '/training/practice', '/training/mock-exams', '/training/wrong-answers',
      '/my-ratings', '/my-profile', '/my-decisions', '/my-levels', '/my-certificates',
    ]);
    expect(navGroupsFor([])).toEqual([]);
  });

  it('gives trainers the syllabus, the bank, the review queue and the coverage matrix', () => {
    expect(navGroupsFor(['trainer']).flatMap((group) => group.links.map((link) => link.path))).toEqual([
      '/syllabus', '/questions', '/questions/review', '/questions/coverage', '/blueprints', '/marking', '/training/records', '/training/class-progress', '/my-ratings',
    ]);
    const groups = navGroupsFor(['trainer']);
    expect(groups[0]?.links.find((link) => link.path === '/marking')?.labelKey).toBe('nav.marking');
    expect(navGroupsFor(['officer'])[0]?.links.find((link) => link.path === '/marking')?.labelKey).toBe('nav.markingAdmin');
    expect(selectedNavKey('/marking/tasks/abc', groups)).toBe('/marking');
    expect(selectedNavKey('/questions/review', groups)).toBe('/questions/review');
    expect(selectedNavKey('/questions/abc/edit', groups)).toBe('/questions');
  });

  it('highlights the training entry of a practice set or a mock exam, not the learning centre', () => {
    const groups = navGroupsFor(['candidate']);
    expect(selectedNavKey('/training', groups)).toBe('/training');
    expect(selectedNavKey('/training/practice/abc', groups)).toBe('/training/practice');
    expect(selectedNavKey('/training/mock-exams/abc', groups)).toBe('/training/mock-exams');
  });

  it('gives every role the rating to-do list (any user may be named a rater) and keeps /competency apart from /competency-profile', () => {
    for (const role of ['admin', 'officer', 'trainer', 'candidate'] as const) {
      expect(navGroupsFor([role]).flatMap((group) => group.links.map((link) => link.path))).toContain('/my-ratings');
    }
    const groups = navGroupsFor(['officer']);
    expect(selectedNavKey('/my-ratings/abc', groups)).toBe('/my-ratings');
    expect(selectedNavKey('/competency-profile', groups)).toBe('/competency-profile');
    expect(selectedNavKey('/level-decisions/abc', groups)).toBe('/level-decisions');
  });

  it('highlights the entry of the current page', () => {
    const groups = navGroupsFor(['admin']);
    expect(selectedNavKey('/users', groups)).toBe('/users');
    expect(selectedNavKey('/org-units/x', groups)).toBe('/org-units');
    expect(selectedNavKey('/', groups)).toBe('/');
  });
});
