export * from './blueprint.types';
export * from './validate-blueprint';
export * from './allocate';
