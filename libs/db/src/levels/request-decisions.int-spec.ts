import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../bootstrap/open-database';
import { closePglite } from '../pglite/serial-pglite-pool';
import { findReferenceDataDir, seedReferenceData } from '../seed';
import { queryRows } from '../sql';
import { loadCandidateFacts } from './candidate-facts';
import { currentPolicy } from './decision-policy-store';
import { requestDecisions } from './request-decisions';

/** The set-based reads and writes of level decisions run on the embedded database (PGlite) as on
 * PostgreSQL: jsonb_to_recordset inserts, the partial unique index as conflict target, DISTINCT ON. */
describe('level decisions on the embedded database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cm-pglite-levels-'));
  let ds: DataSource;
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await closePglite();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('computes, stores and audits a recommendation once, from ratings and the published exam', async () => {
    ds = (await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'db') }, { migrate: true })).ds;
    await seedReferenceData(ds, findReferenceDataDir(__dirname));
    const user = async (username: string, roles: string[]) =>
      (await queryRows<{ id: string }>(ds, `INSERT INTO app_user (username, password_hash, display_name, roles) VALUES ($1, 'x', $1, $2) RETURNING id`, [username, roles]))[0]!.id;
    const [candidate, supervisor, officer] = [await user('c', ['candidate']), await user('s', ['candidate']), await user('o', ['officer'])];
    const [track] = await queryRows<{ id: string }>(ds, `SELECT id FROM track WHERE code = 'vip-service-manager'`);
    const [model] = await queryRows<{ id: string }>(ds, `SELECT id FROM competency_model WHERE track_id = $1 AND status = 'active'`, [track!.id]);
    const policy = await currentPolicy(ds);
    expect(policy).toMatchObject({ version: 1, provenance: 'default', value: { compositeMin: 70, raterWeights: { supervisor: 60, peer: 30, self: 10 } } });

    const [camp] = await queryRows<{ id: string }>(ds, `INSERT INTO rating_campaign (candidate_id, track_id, target_level, model_id, policy_id, created_by) VALUES ($1, $2, 1, $3, $4, $5) RETURNING id`, [candidate, track!.id, model!.id, policy.id, officer]);
    const [rating] = await queryRows<{ id: string }>(ds, `INSERT INTO rating (campaign_id, rater_id, relation, status, submitted_at) VALUES ($1, $2, 'supervisor', 'submitted', now()) RETURNING id`, [camp!.id, supervisor]);
    await ds.query(`INSERT INTO rating_item (rating_id, item_id, level) SELECT $1, id, 2 FROM competency_item WHERE model_id = $2 AND assessment = 'rating'`, [rating!.id, model!.id]);
    const [bp] = await queryRows<{ id: string }>(ds, `SELECT id FROM blueprint WHERE track_id = $1 AND level = 1 AND status = 'active'`, [track!.id]);
    const [s] = await queryRows<{ id: string }>(ds, `INSERT INTO exam_session (blueprint_id, track_id, level, title, opens_at, closes_at, duration_minutes, form_mode, published_at) VALUES ($1, $2, 1, 't', now() - interval '2 hours', now() - interval '1 hour', 100, 'per_candidate', now()) RETURNING id`, [bp!.id, track!.id]);
    const [f] = await queryRows<{ id: string }>(ds, `INSERT INTO exam_form (session_id, candidate_id, blueprint_id, seed, items) VALUES ($1, $2, $3, 's', '[]') RETURNING id`, [s!.id, candidate, bp!.id]);
    const [ki] = await queryRows<{ items: unknown }>(ds, `SELECT jsonb_agg(jsonb_build_object('itemId', id, 'standardScore', 64)) AS items FROM competency_item WHERE model_id = $1 AND assessment = 'exam'`, [model!.id]);
    await ds.query(
      `INSERT INTO attempt (session_id, candidate_id, form_id, status, deadline, submitted_at, score, passed, result) VALUES ($1, $2, $3, 'graded', now(), now(), 71.5, true, $4::jsonb)`,
      [s!.id, candidate, f!.id, JSON.stringify({ score: 71.5, knowledgeItems: ki!.items })],
    );

    const facts = (await loadCandidateFacts(ds, { trackId: track!.id, targetLevel: 1, candidateIds: [candidate] })).get(candidate)!;
    expect(facts.campaign).toMatchObject({ id: camp!.id, supervisorSubmitted: true, submitted: 1, total: 1 });
    expect(facts.exam).toMatchObject({ score: 71.5 });
    expect([...facts.exam!.knowledgeByCode.values()]).toEqual([64, 64, 64, 64]);

    const first = await ds.transaction((m) => requestDecisions(m, { trackId: track!.id, targetLevel: 1, candidateIds: [candidate], requestedBy: officer }));
    expect(first.created).toEqual([{ id: expect.any(String), candidateId: candidate, recommended: true }]);
    // 0.4 × 71.5 + 0.6 × 100 = 88.6
    expect(first.assessments.get(candidate)!.recommendation).toMatchObject({ awarded: true, composite: 88.6, behaviouralIndex: 100 });
    const again = await ds.transaction((m) => requestDecisions(m, { trackId: track!.id, targetLevel: 1, candidateIds: [candidate], requestedBy: officer }));
    expect(again).toMatchObject({ created: [], skipped: [{ candidateId: candidate, reason: 'pending_exists', decisionId: first.created[0]!.id }] });
    const audits = await queryRows<{ action: string; data: { recommended: boolean; policyVersion: number } }>(ds, `SELECT action, data FROM audit_event WHERE entity_id = $1`, [first.created[0]!.id]);
    expect(audits).toEqual([{ action: 'level_decision.requested', data: expect.objectContaining({ recommended: true, policyVersion: 1 }) }]);
  });
});
