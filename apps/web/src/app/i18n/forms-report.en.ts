import type { formsReportZhCN } from './forms-report.zh-CN';

/** English: the equivalence report of fixed parallel papers. */
export const formsReportEn: Record<keyof typeof formsReportZhCN, string> = {
  'formsReport.title': 'Parallel papers: equivalence report',
  'formsReport.empty': 'No papers yet: once assembled, the shared items and mean difficulty of each paper appear here.',
  'formsReport.within': 'Overlap and mean difficulty of every paper are within the limits',
  'formsReport.outside': 'A paper is outside the limits: overlap at most {overlap}%, mean difficulty spread at most {tolerance}',
  'formsReport.col.label': 'Paper',
  'formsReport.col.meanDifficulty': 'Mean difficulty',
  'formsReport.col.requirement': 'Understand / familiar / master (points)',
  'formsReport.overlap': 'Shared items per pair (overlap)',
  'formsReport.maxOverlap': 'Largest overlap',
  'formsReport.spread': 'Mean difficulty spread',
  'formsReport.limit': 'limit {value}',
};
