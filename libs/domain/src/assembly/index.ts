export * from './assembly.types';
export * from './prng';
export * from './assemble';
export * from './check-paper';
export * from './feasibility';
export * from './parallel-forms';
export * from './constraints';
