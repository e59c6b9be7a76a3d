export * from './mastery';
export * from './select-practice';
export * from './recommend';
export * from './chapters';
