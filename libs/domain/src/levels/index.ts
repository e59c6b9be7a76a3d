export * from './decision-policy';
export * from './recommend-level';
export * from './certificate';
