export * from './error-codes';
export * from './common';
export * from './users';
export * from './reference';
export * from './jobs';
