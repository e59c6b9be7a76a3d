import fs from 'node:fs';
import type { AppConfig } from '@cm/contracts';
import { ensureAdmin, findReferenceDataDir, openDatabase, seedDemoData, seedReferenceData } from '@cm/db';
import { demoAccountsFile, resolveDemoPassword } from './demo-password';

/** `npm run db:migrate`: applies pending migrations and exits. */
export async function migrateCommand(config: AppConfig): Promise<void> {
  const { ds, applied } = await openDatabase(config.database, { migrate: true });
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
  await ds.destroy();
}

/** `npm run db:seed [-- --demo]`: reference data (idempotent), the configured admin, and the demo dataset. */
export async function seedCommand(config: AppConfig, demo: boolean): Promise<void> {
  const { ds } = await openDatabase(config.database, { migrate: config.migrate });
  try {
    const ref = await seedReferenceData(ds, findReferenceDataDir(__dirname));
    console.log(`Reference data: +${ref.tracks} tracks, +${ref.syllabusNodes} syllabus nodes, +${ref.settings} settings, +${ref.competencyModels} competency models, +${ref.blueprints} blueprints.`);
    if (config.admin && (await ensureAdmin(ds, config.admin.username, config.admin.password))) console.log(`Created admin ${config.admin.username}.`);
    if (demo) {
      fs.mkdirSync(config.dataDir, { recursive: true });
      const { password, generated } = resolveDemoPassword(config.dataDir, config.demoPassword);
      const r = await seedDemoData(ds, password);
      console.log(`Demo data: +${r.users} users, +${r.orgUnits} org units, +${r.questions} questions, +${r.trainingRecords} training records, +${r.legacyLevels} legacy levels.`);
      if (generated) console.log(`Demo password (also in ${demoAccountsFile(config.dataDir)}): ${password}`);
    }
  } finally {
    await ds.destroy();
  }
}
