import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ReferenceDataError } from './yaml-guards';

/** Where the reference data sits below the workspace root. */
export const REFERENCE_DATA_RELATIVE_DIR = path.join('libs', 'db', 'reference-data');

/**
 * Walks up from `startDir` to the first directory holding `libs/db/reference-data/defaults.yaml`
 * and returns that reference-data directory. Works from the source tree
 * (libs/db/src/seed/reference) and from the compiled tree (dist/libs/db/src/seed/reference),
 * which does not contain the reference data.
 */
export function findReferenceDataDir(startDir: string): string {
  const start = path.resolve(startDir);
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, REFERENCE_DATA_RELATIVE_DIR);
    if (existsSync(path.join(candidate, 'defaults.yaml'))) return candidate;
    if (path.dirname(dir) === dir) {
      throw new ReferenceDataError(
        `Reference data not found: no directory from ${start} up to the filesystem root contains ${path.join(REFERENCE_DATA_RELATIVE_DIR, 'defaults.yaml')}`,
      );
    }
  }
}

/** The reference-data directory of this checkout (resolved when this module loads). */
export const REFERENCE_DATA_DIR: string = findReferenceDataDir(__dirname);
