export * from './question';
export * from './auth';
export * from './blueprint';
export * from './assembly';
export * from './eligibility/eligibility';
export * from './scoring/score-item';
export * from './scoring/option-order';
