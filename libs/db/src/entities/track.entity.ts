import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('track')
export class TrackEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'jsonb' }) levels: { level: number; name: string }[];
}

@Entity('syllabus_node')
export class SyllabusNodeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) kind: 'part' | 'chapter' | 'point';
  @Column({ type: 'text', nullable: true }) requirement: 'understand' | 'familiar' | 'master' | null;
  @Column({ type: 'int', array: true }) levels: number[];
  @Column({ type: 'int', default: 0 }) position: number;
  @Column({ type: 'text' }) provenance: string;
  @Column({ name: 'provenance_note', type: 'text', nullable: true }) provenanceNote: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
