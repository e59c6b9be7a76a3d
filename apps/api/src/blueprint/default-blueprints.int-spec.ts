import { constraintsOf, createTestDatabase, examBank, findReferenceDataDir, queryRows, seedDemoData, seedReferenceData, toBankItems, type TestDatabase } from '@cm/db';
import { allocate, assemblePaper, checkPaper, feasibility, type Blueprint } from '@cm/domain';
import { testEnv } from '../../test/test-env';

/** Golden check of the seeded defaults: every track × level default blueprint can be met by
 * the demo bank, and papers assembled from it pass the independent checker. */
describe('default blueprints against the demo bank (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(testEnv.pgAdminUrl, testEnv.runId);
    await seedReferenceData(db.ds, findReferenceDataDir(__dirname));
    await seedDemoData(db.ds, 'Golden-Demo-Pass-1');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('assembles a valid paper for every default blueprint, reproducibly', async () => {
    const rows = await queryRows<{ track_id: string; level: number; body: Blueprint; code: string }>(
      db.ds,
      `SELECT b.track_id, b.level, b.body, t.code FROM blueprint b JOIN track t ON t.id = b.track_id WHERE b.status = 'active' ORDER BY t.code, b.level`,
    );
    expect(rows).toHaveLength(8);
    const summary: string[] = [];
    for (const r of rows) {
      const bp = { ...r.body, trackId: r.track_id, level: r.level };
      const allocation = allocate(bp);
      expect(allocation.cells.reduce((s, c) => s + c.points, 0)).toBe(bp.totalPoints);
      const items = toBankItems(await examBank(db.ds, r.track_id, bp.areas.map((a) => a.syllabusNodeId)));
      const report = feasibility(allocation.cells, items, constraintsOf(bp));
      expect({ blueprint: `${r.code}/${r.level}`, feasible: report.feasible, shortfalls: report.shortfalls }).toEqual({ blueprint: `${r.code}/${r.level}`, feasible: true, shortfalls: [] });
      for (const seed of ['golden-1', 'golden-2', 'golden-3']) {
        const result = assemblePaper({ cells: allocation.cells, items, seed, ...constraintsOf(bp) });
        if (!result.ok) throw new Error(`${r.code}/${r.level} ${seed}: ${JSON.stringify(result)}`);
        expect(checkPaper(result.paper, allocation.cells, items, constraintsOf(bp))).toEqual([]);
        const again = assemblePaper({ cells: allocation.cells, items, seed, ...constraintsOf(bp) });
        expect(again.ok && again.paper.items.map((i) => i.versionId)).toEqual(result.paper.items.map((i) => i.versionId));
      }
      summary.push(`${r.code} L${r.level}: ${allocation.cells.length} cells, ${items.length} items, ${report.forms} disjoint forms`);
    }
    expect(summary).toHaveLength(8);
  });
});
