export * from './analysis.types';
export * from './choice';
export * from './item-analysis';
export * from './reliability';
export * from './analyse-session';
