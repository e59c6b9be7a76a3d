/**
 * Plain records read from the reference data (libs/db/reference-data, a copy of the domain folder).
 *
 * Provenance rule: source text is data. Every record says where its text comes from. Defaults and
 * inferences are never labelled as source text, and missing source text stays missing
 * (null / [] with completeness `not_found`).
 */

export type LevelNo = 1 | 2 | 3 | 4;
export type Requirement = 'understand' | 'familiar' | 'master';
export type SyllabusKind = 'part' | 'chapter' | 'point';
export type Completeness = 'complete' | 'partial' | 'not_found';

export interface ReferenceData {
  tracks: RefTrack[];
  /** Nodes of every track, parents before children, siblings in source order. */
  syllabus: RefSyllabusNode[];
  /** The single 18-item model (the platform attaches one copy per track). */
  competencyModel: RefCompetencyModel;
  settings: RefSetting[];
}

export interface RefTrack {
  code: string;
  name: string;
  levels: { level: LevelNo; name: string }[];
}

export interface RefSyllabusNode {
  trackCode: string;
  code: string;
  parentCode: string | null;
  /** Source text where provenance is `seed`; a labelled default title where it is `default`. */
  title: string;
  kind: SyllabusKind;
  /** What the source syllabus demands (了解/熟悉/掌握); null unless the source gives one. */
  requirement: Requirement | null;
  /** [1,2,3,4] unless the source says otherwise. */
  levels: number[];
  /** Order among siblings, 0-based. */
  position: number;
  /** `seed` where the title is source text, `default` for the labelled default parts/chapters. */
  provenance: 'seed' | 'default';
  /** Where the title comes from (file, location, source key) or why it is a default. */
  provenanceNote: string | null;
}

export interface RefCompetencyCategory {
  id: string;
  name: string;
  definition: string;
  /** The yaml's `source` for the categories, verbatim. */
  provenance: string;
}

export interface RefLevelPrinciple {
  level: LevelNo;
  name: string;
  /** The source lines of 二、能力素质项级别划分基本原则, verbatim. */
  definition: string[];
  provenance: string;
}

export interface RefCompetencyLevel {
  level: LevelNo;
  /** 初级 / 中级 / 高级 / 资深 */
  name: string;
  /** Source summary line, or null where the source text was not found. */
  summary: string | null;
  /** Source ▶ indicators, verbatim; [] where not found. Never generated. */
  indicators: string[];
  completeness: Completeness;
  /** The yaml's `source` for the level, verbatim (e.g. 'S2, seed' or 'not found'). */
  provenance: string;
  /** `inferred` when the level of the fragment was inferred from where it sits in the copy. */
  levelPosition: 'inferred' | null;
  note: string | null;
}

/** Source text whose level could not be determined (kept, not placed at a level). */
export interface RefUnplacedFragment {
  text: string;
  levelHint: string;
  provenance: string;
}

export interface RefCompetencyItem {
  seq: number;
  code: string;
  name: string;
  /** Chinese category name, e.g. 基本能力. */
  category: string;
  categoryId: string;
  /** behavioural_rating -> rating; the knowledge items 9-12 -> exam. */
  assessment: 'rating' | 'exam';
  definition: string | null;
  definitionProvenance: string;
  /** Knowledge items only: the source's description of the item (主要是指…), kept apart from a definition. */
  description?: string | null;
  descriptionProvenance?: string;
  /** Knowledge items only: the sub-areas named in the source description ([] where not found). */
  subAreas?: { id: string; name: string }[];
  /** Always 4 levels, 初级..资深. */
  levels: RefCompetencyLevel[];
  /** Knowledge items only: the source's exam-scoring text, verbatim; null where not found. */
  examRule?: string | null;
  /** Knowledge items only: where examRule comes from, or why it is missing (with any inference labelled). */
  examRuleProvenance?: string;
  unplacedFragments: RefUnplacedFragment[];
  /** Remarks from the reference data (e.g. an inferred assessment mode); not source text. */
  note: string | null;
}

export interface RefCompetencyModel {
  title: string;
  /** S1..S7 -> url */
  sourceRefs: Record<string, string>;
  categories: RefCompetencyCategory[];
  levelPrinciples: RefLevelPrinciple[];
  /** 18 items in seq order. */
  items: RefCompetencyItem[];
}

export interface RefSetting {
  key: string;
  /** Exactly as in defaults.yaml (maps keyed by level have string keys '1'..'4'). */
  value: unknown;
  provenance: 'default' | 'source';
  /** Which parts (if any) are sourced, and the remarks defaults.yaml makes about the values. */
  note: string;
}
