export * from './test-database';
export * from './grading-fixture';
