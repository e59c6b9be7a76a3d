export * from './record-answer';
