import 'reflect-metadata';
import { ConfigError } from '@cm/contracts';
import { loadConfig } from '../config/load-config';
import { migrateCommand, seedCommand } from './commands';
import { serve } from './serve';

/** Entry of `npm start`, `npm run db:migrate` and `npm run db:seed`. */
async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  const config = loadConfig();
  if (command === 'serve') return serve(config);
  if (command === 'migrate') return migrateCommand(config);
  if (command === 'seed') return seedCommand(config, rest.includes('--demo'));
  throw new ConfigError(`Unknown command "${command}" (serve, migrate, seed)`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
