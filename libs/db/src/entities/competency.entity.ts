import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface CompetencyLevelColumn {
  level: number;
  name: string;
  summary: string | null;
  indicators: { id: string; text: string; provenance: string }[];
  /** of the source text; `authored`: not found in the sources, written by the organisation in a later version */
  completeness: 'complete' | 'partial' | 'not_found' | 'authored';
  provenance: string;
  levelPosition: 'inferred' | null;
  note: string | null;
}

@Entity('competency_model')
export class CompetencyModelEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'track_id', type: 'uuid' }) trackId: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'text' }) status: 'active' | 'retired' | 'draft';
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'source_refs', type: 'jsonb' }) sourceRefs: Record<string, string>;
  @Column({ type: 'jsonb' }) categories: unknown;
  @Column({ name: 'level_principles', type: 'jsonb' }) levelPrinciples: unknown;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  /** the version this one was edited from (动态调整); null for the seeded version 1 */
  @Column({ name: 'based_on_id', type: 'uuid', nullable: true }) basedOnId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('competency_item')
export class CompetencyItemEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'model_id', type: 'uuid' }) modelId: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) category: string;
  @Column({ name: 'category_id', type: 'text' }) categoryId: string;
  @Column({ type: 'text' }) assessment: 'rating' | 'exam';
  @Column({ type: 'text', nullable: true }) definition: string | null;
  @Column({ name: 'definition_provenance', type: 'text' }) definitionProvenance: string;
  @Column({ type: 'jsonb' }) levels: CompetencyLevelColumn[];
}

@Entity('competency_standard')
export class CompetencyStandardEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'model_id', type: 'uuid' }) modelId: string;
  @Column({ name: 'position_level', type: 'int' }) positionLevel: number;
  @Column({ name: 'item_id', type: 'uuid' }) itemId: string;
  @Column({ name: 'standard_level', type: 'int' }) standardLevel: number;
}
