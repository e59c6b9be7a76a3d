import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The durable record of a job (outbox). The queue only delivers its id. */
@Entity('job')
export class JobEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) state: 'waiting' | 'active' | 'completed' | 'failed';
  @Column({ type: 'int', default: 0 }) progress: number;
  @Column({ type: 'jsonb' }) payload: unknown;
  @Column({ type: 'jsonb', nullable: true }) result: unknown;
  @Column({ type: 'jsonb', nullable: true }) error: { code: string; message: string; details?: Record<string, unknown> } | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'max_attempts', type: 'int', default: 3 }) maxAttempts: number;
  @Column({ name: 'run_at', type: 'timestamptz' }) runAt: Date;
  @Column({ name: 'dedup_key', type: 'text', nullable: true }) dedupKey: string | null;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Uploaded files are kept in PostgreSQL so that any worker process can read them. */
@Entity('upload')
export class UploadEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) filename: string;
  @Column({ type: 'bytea' }) content: Buffer;
  @Column({ type: 'int' }) size: number;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
