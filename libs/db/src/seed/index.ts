export { seedReferenceData, type SeedReport } from './seed-reference';
export { seedDemoData, type DemoReport } from './seed-demo';
export { ensureAdmin } from './ensure-admin';
export { findReferenceDataDir } from './reference';
export { DEMO_PEOPLE } from './demo/demo-people';
