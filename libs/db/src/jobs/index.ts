export * from './job-store';
export * from './job-dispatcher';
export * from './bullmq-dispatcher';
export * from './admin-jobs';
