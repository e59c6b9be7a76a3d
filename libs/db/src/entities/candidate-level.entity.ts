import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericToNumber } from './columns';

/** A certified level: from an approved decision, or recorded as obtained before the platform. */
@Entity('candidate_level')
export class CandidateLevelEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId: string;
  @Column({ type: 'int' }) level: number;
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId: string | null;
  @Column({ name: 'effective_at', type: 'timestamptz' }) effectiveAt: Date;
  @Column({ type: 'text' }) source: 'legacy' | 'decision';
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy: string | null;
  /** set when the certificate behind this level is revoked; the row stays in the history */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('training_record')
export class TrainingRecordEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId: string;
  @Column({ type: 'int' }) level: number;
  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numericToNumber }) hours: number;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'completed_at', type: 'timestamptz' }) completedAt: Date;
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true }) recordedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
