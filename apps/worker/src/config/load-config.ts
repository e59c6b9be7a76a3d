import path from 'node:path';
import { parseConfig, type AppConfig } from '@cm/contracts';

/** The worker's only read of process.env (architecture rule 6). */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  return parseConfig(env, { joinPath: (...p) => path.resolve(...p) });
}
