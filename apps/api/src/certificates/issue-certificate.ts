import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { queryRows, recordAudit } from '@cm/db';
import { certificateCode } from '@cm/domain';

/** On approval: the certified level enters the history (candidate_level, effective date) and a
 * certificate with a random public code is issued — both in the approving transaction. */
export async function issueCertificate(m: EntityManager, d: { id: string; candidate_id: string; track_id: string; target_level: number }, actorId: string, effectiveAt: Date): Promise<{ code: string }> {
  const [lvl] = await queryRows<{ id: string }>(
    m,
    `INSERT INTO candidate_level (candidate_id, track_id, level, decision_id, effective_at, source, reason, recorded_by)
     VALUES ($1, $2, $3, $4, $5, 'decision', '定级决定批准', $6) RETURNING id`,
    [d.candidate_id, d.track_id, d.target_level, d.id, effectiveAt, actorId],
  );
  const [names] = await queryRows<{ holder: string; track: string }>(
    m,
    `SELECT (SELECT display_name FROM app_user WHERE id = $1) AS holder, (SELECT name FROM track WHERE id = $2) AS track`,
    [d.candidate_id, d.track_id],
  );
  // 50 random bits: a collision is astronomically rare, and the unique index makes it a retry, not a duplicate.
  for (let tries = 0; tries < 5; tries++) {
    const code = certificateCode(new Date().getUTCFullYear(), randomBytes(10));
    const [row] = await queryRows<{ id: string }>(
      m,
      `INSERT INTO certificate (code, decision_id, candidate_level_id, candidate_id, track_id, level, holder_name, track_name, effective_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [code, d.id, lvl!.id, d.candidate_id, d.track_id, d.target_level, names!.holder, names!.track, effectiveAt],
    );
    if (row) {
      await recordAudit(m, { actorId, action: 'certificate.issued', entityType: 'certificate', entityId: code, data: { decisionId: d.id, candidateId: d.candidate_id, trackId: d.track_id, level: d.target_level, effectiveAt: effectiveAt.toISOString() } });
      return { code };
    }
  }
  throw new Error('could not draw a unique certificate code');
}
