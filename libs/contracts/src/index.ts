export * from './error-codes';
export * from './common';
export * from './users';
export * from './reference';
export * from './jobs';
export * from './app-error';
export * from './parse';
export * from './config';
