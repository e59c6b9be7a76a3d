export * from './question-rules';
