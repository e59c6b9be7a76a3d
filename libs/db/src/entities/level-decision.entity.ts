import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A version of the decision policy (weights, hurdles, pass marks); never updated in place. */
@Entity('decision_policy')
export class DecisionPolicyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'jsonb' }) value: Record<string, unknown>;
  @Column({ type: 'text' }) provenance: 'default' | 'organisation';
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** An officer's request for a level, with the recommendation computed at request time under
 * the pinned model and policy versions, and a second officer's decision. */
@Entity('level_decision')
export class LevelDecisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId: string;
  @Column({ name: 'target_level', type: 'int' }) targetLevel: number;
  @Column({ type: 'text' }) status: 'pending_approval' | 'approved' | 'rejected';
  @Column({ type: 'jsonb' }) recommendation: Record<string, unknown>;
  @Column({ type: 'boolean' }) recommended: boolean;
  @Column({ name: 'model_id', type: 'uuid' }) modelId: string;
  @Column({ name: 'policy_id', type: 'uuid' }) policyId: string;
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true }) campaignId: string | null;
  @Column({ name: 'attempt_id', type: 'uuid', nullable: true }) attemptId: string | null;
  @Column({ name: 'session_id', type: 'uuid', nullable: true }) sessionId: string | null;
  @Column({ name: 'batch_job_id', type: 'uuid', nullable: true }) batchJobId: string | null;
  @Column({ name: 'requested_by', type: 'uuid' }) requestedBy: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt: Date;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ name: 'override_reason', type: 'text', nullable: true }) overrideReason: string | null;
  @Column({ name: 'reject_reason', type: 'text', nullable: true }) rejectReason: string | null;
  @Column({ name: 'effective_at', type: 'timestamptz', nullable: true }) effectiveAt: Date | null;
  @Column({ name: 'appeal_id', type: 'uuid', nullable: true }) appealId: string | null;
}

@Entity('appeal')
export class AppealEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text' }) status: 'open' | 'granted' | 'dismissed';
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A certificate issued on approval; revocation keeps the row and records why. */
@Entity('certificate')
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @Column({ name: 'candidate_level_id', type: 'uuid' }) candidateLevelId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId: string;
  @Column({ type: 'int' }) level: number;
  @Column({ name: 'holder_name', type: 'text' }) holderName: string;
  @Column({ name: 'track_name', type: 'text' }) trackName: string;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt: Date;
  @Column({ name: 'effective_at', type: 'timestamptz' }) effectiveAt: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true }) revokedBy: string | null;
  @Column({ name: 'revoke_reason', type: 'text', nullable: true }) revokeReason: string | null;
}
