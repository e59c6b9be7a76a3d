export * from './worker-runtime';
export * from './processors/registry';
export * from './processors/processor.types';
export * from './runtime/run-job';
export * from './runtime/in-process-runner';
export * from './assembly/session-forms';
export * from './levels/session-recommendations';
