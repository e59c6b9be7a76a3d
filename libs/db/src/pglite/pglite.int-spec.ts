import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../bootstrap/open-database';
import { MIGRATIONS } from '../migrations';
import { closePglite } from './serial-pglite-pool';

/** The embedded database: same migrations, concurrent transactions do not interleave, and a
 * reopened data directory keeps its rows. */
describe('PGlite embedded database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cm-pglite-'));
  afterAll(async () => {
    await closePglite();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('migrates, isolates concurrent transactions, and keeps data across a reopen', async () => {
    const target = { kind: 'pglite' as const, dataDir: path.join(dir, 'db') };
    const { ds, applied } = await openDatabase(target, { migrate: true });
    expect(applied).toEqual(MIGRATIONS.map((M) => new M().name));

    const ok = ds.transaction(async (m) => {
      await m.query(`INSERT INTO org_unit (name, kind) VALUES ('保留的', 'province')`);
      await new Promise((r) => setTimeout(r, 20));
    });
    const failing = ds.transaction(async (m) => {
      await m.query(`INSERT INTO org_unit (name, kind) VALUES ('回滚的', 'province')`);
      throw new Error('roll me back');
    });
    await expect(failing).rejects.toThrow('roll me back');
    await ok;
    const names = (await ds.query(`SELECT name FROM org_unit ORDER BY name`)).map((r: { name: string }) => r.name);
    expect(names).toEqual(['保留的']);

    await ds.destroy();
    await closePglite();
    const reopened = await openDatabase(target, { migrate: true });
    expect(reopened.applied).toEqual([]);
    expect((await reopened.ds.query(`SELECT count(*)::int AS n FROM org_unit`))[0].n).toBe(1);
    await reopened.ds.destroy();
  });
});
