import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type QuestionStatus = 'draft' | 'in_review' | 'active' | 'retired';

/** The question's identity; its content lives in immutable versions. `status` is the status
 * of the latest version; `activeVersionId` is the version exams and practice draw. */
@Entity('question')
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ type: 'text' }) status: QuestionStatus;
  @Column({ name: 'latest_version', type: 'int' }) latestVersion: number;
  @Column({ name: 'active_version_id', type: 'uuid', nullable: true }) activeVersionId: string | null;
  @Column({ name: 'syllabus_node_id', type: 'uuid', nullable: true }) syllabusNodeId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('question_version')
export class QuestionVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'question_id', type: 'uuid' }) questionId: string;
  @Column({ type: 'int' }) version: number;
  @Column({ name: 'syllabus_node_id', type: 'uuid' }) syllabusNodeId: string;
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'text' }) stem: string;
  @Column({ name: 'stem_norm', type: 'text' }) stemNorm: string;
  @Column({ type: 'jsonb', nullable: true }) options: { key: string; text: string }[] | null;
  @Column({ type: 'jsonb', nullable: true }) answer: unknown;
  @Column({ type: 'smallint' }) difficulty: number;
  @Column({ type: 'text' }) requirement: string;
  @Column({ type: 'text', nullable: true }) explanation: string | null;
  @Column({ type: 'jsonb', nullable: true }) rubric: { criterion: string; maxPoints: number }[] | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags: string[];
  @Column({ type: 'text', array: true }) usage: string[];
  @Column({ type: 'text' }) status: QuestionStatus | 'superseded';
  @Column({ name: 'is_latest', type: 'boolean', default: false }) isLatest: boolean;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  @Column({ name: 'review_comment', type: 'text', nullable: true }) reviewComment: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('asset')
export class AssetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) mime: string;
  @Column({ type: 'bytea' }) content: Buffer;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'text' }) sha256: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
