export * from './exam-bank';
export * from './bank-items';
export * from './submit-attempt';
export * from './attempt-result';
export * from './record-mark';
export * from './regrade-plan';
export * from './graded-writes';
