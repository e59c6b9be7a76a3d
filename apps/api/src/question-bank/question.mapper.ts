import type { QuestionDto, QuestionListItemDto, QuestionStatus, QuestionType, QuestionUsage, QuestionVersionDto, Requirement } from '@cm/contracts';

/** A row of question_version joined with its question and syllabus node (see question.queries.ts). */
export interface VersionRow {
  id: string;
  question_id: string;
  version: number;
  syllabus_node_id: string;
  syllabus_code: string;
  track_id: string;
  type: string;
  stem: string;
  options: { key: string; text: string }[] | null;
  answer: unknown;
  difficulty: number;
  requirement: string;
  explanation: string | null;
  rubric: { criterion: string; maxPoints: number }[] | null;
  tags: string[];
  usage: string[];
  status: string;
  author_id: string;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_comment: string | null;
  created_at: Date;
  q_status: string;
  q_author_id: string;
  q_created_at: Date;
  active_version: number | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

function content(r: VersionRow) {
  return {
    syllabusNodeId: r.syllabus_node_id,
    syllabusCode: r.syllabus_code,
    type: r.type as QuestionType,
    stem: r.stem,
    ...(r.options ? { options: r.options } : {}),
    ...(r.answer !== null && r.answer !== undefined ? { answer: r.answer } : {}),
    difficulty: r.difficulty,
    requirement: r.requirement as Requirement,
    ...(r.explanation ? { explanation: r.explanation } : {}),
    ...(r.rubric ? { rubric: r.rubric } : {}),
    tags: r.tags,
    usage: r.usage as QuestionUsage[],
    versionId: r.id,
    version: r.version,
    authorId: r.author_id,
    ...(r.review_comment ? { reviewComment: r.review_comment } : {}),
    ...(r.reviewed_by ? { reviewedBy: r.reviewed_by } : {}),
    ...(r.reviewed_at ? { reviewedAt: iso(r.reviewed_at) } : {}),
  };
}

export function toQuestionDto(r: VersionRow, enemyIds: string[]): QuestionDto {
  return {
    id: r.question_id,
    trackId: r.track_id,
    ...content(r),
    enemyIds,
    status: r.q_status as QuestionStatus,
    activeVersion: r.active_version,
    createdBy: r.q_author_id,
    createdAt: iso(r.q_created_at),
    updatedAt: iso(r.created_at),
  };
}

export function toVersionDto(r: VersionRow): QuestionVersionDto {
  return {
    id: r.question_id,
    ...content(r),
    status: r.q_status as QuestionStatus,
    versionStatus: r.status as QuestionVersionDto['versionStatus'],
    createdAt: iso(r.created_at),
    updatedAt: iso(r.created_at),
  };
}

export function toListItem(r: VersionRow): QuestionListItemDto {
  return {
    id: r.question_id,
    syllabusNodeId: r.syllabus_node_id,
    syllabusCode: r.syllabus_code,
    type: r.type as QuestionType,
    stem: r.stem.length > 200 ? `${r.stem.slice(0, 200)}…` : r.stem,
    difficulty: r.difficulty,
    requirement: r.requirement as Requirement,
    usage: r.usage as QuestionUsage[],
    tags: r.tags,
    status: r.q_status as QuestionStatus,
    version: r.version,
    activeVersion: r.active_version,
    authorId: r.author_id,
    updatedAt: iso(r.created_at),
  };
}
