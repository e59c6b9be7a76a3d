import { CreateFoundation1764200000000 } from './1764200000000-create-foundation';

/** Ordered list of migrations; never `synchronize`. */
export const MIGRATIONS = [CreateFoundation1764200000000];
