import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A rating campaign for one candidate: pins the competency model version and the policy
 * version it started with (动态调整 applies to campaigns created afterwards). */
@Entity('rating_campaign')
export class RatingCampaignEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId: string;
  @Column({ name: 'target_level', type: 'int' }) targetLevel: number;
  @Column({ name: 'model_id', type: 'uuid' }) modelId: string;
  @Column({ name: 'policy_id', type: 'uuid' }) policyId: string;
  @Column({ type: 'text' }) status: 'open' | 'cancelled';
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'batch_id', type: 'uuid', nullable: true }) batchId: string | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One rater's rating in a campaign: pending → draft → submitted. */
@Entity('rating')
export class RatingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ name: 'rater_id', type: 'uuid' }) raterId: string;
  @Column({ type: 'text' }) relation: 'supervisor' | 'peer' | 'self';
  @Column({ type: 'text' }) status: 'pending' | 'draft' | 'submitted';
  @Column({ name: 'saved_at', type: 'timestamptz', nullable: true }) savedAt: Date | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('rating_item')
export class RatingItemEntity {
  @PrimaryColumn({ name: 'rating_id', type: 'uuid' }) ratingId: string;
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId: string;
  @Column({ type: 'int' }) level: number;
  @Column({ name: 'observed_indicator_ids', type: 'jsonb', nullable: true }) observedIndicatorIds: string[] | null;
  @Column({ name: 'proposed_level', type: 'int', nullable: true }) proposedLevel: number | null;
  @Column({ type: 'text', nullable: true }) evidence: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
}
