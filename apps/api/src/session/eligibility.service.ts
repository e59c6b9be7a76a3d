import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '@cm/db';
import { judgeEligibility, policyFromSetting, type EligibilityPolicy, type EligibilityResult } from '@cm/domain';

export interface SessionRetakePolicy {
  retakeAllowed: boolean;
  retakeIntervalMonths: number;
}

/** Gathers the facts of eligibility from the database and lets the domain rule judge them,
 * at the session's opensAt, with the eligibility setting in force. */
@Injectable()
export class EligibilityService {
  constructor(private readonly ds: DataSource) {}

  /** The eligibility setting in force; a session's own retake policy replaces its retake rule. */
  async policy(db: DataSource | EntityManager = this.ds, retake?: SessionRetakePolicy): Promise<EligibilityPolicy> {
    const [setting] = await queryRows<{ value: Parameters<typeof policyFromSetting>[0] }>(db, `SELECT value FROM setting WHERE key = 'eligibility' ORDER BY version DESC LIMIT 1`);
    if (!setting) throw new Error('eligibility setting missing: run db:seed');
    const policy = policyFromSetting(setting.value);
    return retake ? { ...policy, retakeAllowed: retake.retakeAllowed, retakeIntervalMonths: retake.retakeIntervalMonths } : policy;
  }

  async judge(candidateId: string, trackId: string, level: number, at: Date, db: DataSource | EntityManager = this.ds, retake?: SessionRetakePolicy, known?: EligibilityPolicy): Promise<EligibilityResult> {
    const policy = known ?? (await this.policy(db, retake));
    const [facts] = await queryRows<{ prev: Date | null; hours: string | null; failed: Date | null; education: string | null }>(
      db,
      `SELECT
         (SELECT max(effective_at) FROM candidate_level WHERE candidate_id = $1 AND track_id = $2 AND level = $3 - 1 AND effective_at <= $4 AND revoked_at IS NULL) AS prev,
         (SELECT sum(hours) FROM training_record WHERE candidate_id = $1 AND track_id = $2 AND level = $3 AND completed_at <= $4) AS hours,
         (SELECT max(s.published_at) FROM attempt a JOIN exam_session s ON s.id = a.session_id
            WHERE a.candidate_id = $1 AND s.track_id = $2 AND s.level = $3 AND a.passed = false AND s.published_at IS NOT NULL AND s.published_at <= $4) AS failed,
         (SELECT profile->>'education' FROM app_user WHERE id = $1) AS education`,
      [candidateId, trackId, level, at],
    );
    return judgeEligibility(
      {
        level,
        previousCertificateAt: facts?.prev ? new Date(facts.prev) : null,
        trainingHours: Number(facts?.hours ?? 0),
        lastFailurePublishedAt: facts?.failed ? new Date(facts.failed) : null,
        education: facts?.education ?? null,
      },
      policy,
      at,
    );
  }
}
