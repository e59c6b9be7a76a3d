export * from './question-writer';
export * from './bulk-insert';
