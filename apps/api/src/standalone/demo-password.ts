import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PEOPLE } from '@cm/db';

export const demoAccountsFile = (dataDir: string) => path.resolve(dataDir, 'demo-accounts.txt');

/** DEMO_PASSWORD when set; otherwise the one generated at first start and kept (mode 600)
 * in the data directory, so that it is printed once and can be found later. */
export function resolveDemoPassword(dataDir: string, given: string | null): { password: string; generated: boolean } {
  if (given) return { password: given, generated: false };
  const file = demoAccountsFile(dataDir);
  if (fs.existsSync(file)) {
    const m = /^password: (.+)$/m.exec(fs.readFileSync(file, 'utf8'));
    if (m?.[1]) return { password: m[1].trim(), generated: false };
  }
  const password = `Demo-${randomBytes(6).toString('base64url')}-${randomBytes(2).toString('hex')}`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = [
    '# Demo accounts of the certification platform (generated at first start; delete this file to regenerate on a fresh data directory)',
    `password: ${password}`,
    'usernames:',
    ...DEMO_PEOPLE.map((p) => `  ${p.username.padEnd(12)} ${p.displayName}  [${p.roles.join(', ')}]`),
    '',
  ].join('\n');
  fs.writeFileSync(file, body, { mode: 0o600 });
  return { password, generated: true };
}

export function describeAccounts(password: string | null, file: string): string {
  const lines = DEMO_PEOPLE.map((p) => `    ${p.username.padEnd(12)} ${p.displayName}  (${p.roles.join(', ')})`);
  return [
    '  Demo accounts:',
    ...lines,
    password ? `  Password for all of them: ${password}` : `  Password: see ${file}`,
  ].join('\n');
}
