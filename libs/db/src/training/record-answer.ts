import type { EntityManager } from 'typeorm';
import { queryRows } from '../sql';

export interface TrainingAnswerInput {
  candidateId: string;
  trackId: string;
  questionId: string;
  versionId: string;
  chapterId: string;
  source: 'practice' | 'mock';
  practiceSetId?: string;
  mockExamId?: string;
  itemId: string;
  /** in the question's own option keys */
  response: unknown;
  /** null: a self-checked 简答/案例分析 */
  correct: boolean | null;
}

export interface WrongAnswerRef {
  id: string;
  status: 'open' | 'mastered';
}

/** Logs one training answer and keeps the 错题本 in step, inside the caller's transaction: a
 * wrong answer adds (or reopens) the question's entry; a right one leaves it as it is — the
 * candidate marks it mastered. Returns the question's 错题本 entry, if any. */
export async function recordTrainingAnswer(m: EntityManager, a: TrainingAnswerInput): Promise<WrongAnswerRef | null> {
  const response = JSON.stringify(a.response ?? null);
  await m.query(
    `INSERT INTO training_answer (candidate_id, track_id, question_id, version_id, chapter_id, source, practice_set_id, mock_exam_id, item_id, response, correct)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11)`,
    [a.candidateId, a.trackId, a.questionId, a.versionId, a.chapterId, a.source, a.practiceSetId ?? null, a.mockExamId ?? null, a.itemId, response, a.correct],
  );
  if (a.correct === false) {
    const [row] = await queryRows<WrongAnswerRef>(
      m,
      `INSERT INTO wrong_answer (candidate_id, track_id, question_id, chapter_id, last_version_id, last_response)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       ON CONFLICT (candidate_id, question_id) DO UPDATE SET wrong_count = wrong_answer.wrong_count + 1, last_wrong_at = now(),
         last_version_id = EXCLUDED.last_version_id, last_response = EXCLUDED.last_response, chapter_id = EXCLUDED.chapter_id,
         status = 'open', mastered_at = NULL
       RETURNING id, status`,
      [a.candidateId, a.trackId, a.questionId, a.chapterId, a.versionId, response],
    );
    return row ?? null;
  }
  const [existing] = await queryRows<WrongAnswerRef>(m, `SELECT id, status FROM wrong_answer WHERE candidate_id = $1 AND question_id = $2`, [a.candidateId, a.questionId]);
  return existing ?? null;
}
