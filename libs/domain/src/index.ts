export * from './question';
export * from './auth';
