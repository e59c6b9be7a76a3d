export * from './exam-bank';
export * from './bank-items';
export * from './submit-attempt';
