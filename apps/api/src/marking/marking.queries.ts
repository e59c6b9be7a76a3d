/** SQL fragments of marking. A trainer may mark a task only when free of conflicts of
 * interest (product.md): not their own paper, not a session they sit, and not a second round
 * of an answer they already mark (double marking must stay independent). `$me` is the trainer. */
export const trainerConflict = (me: string) => `(
  a.candidate_id = ${me}
  OR EXISTS (SELECT 1 FROM registration r WHERE r.session_id = a.session_id AND r.candidate_id = ${me})
  OR EXISTS (SELECT 1 FROM marking_task o WHERE o.attempt_id = t.attempt_id AND o.item_id = t.item_id AND o.id <> t.id AND o.assignee_id = ${me})
)`;

/** Columns of a task as markers see it: never the candidate's identity. */
export const TASK_COLUMNS = `t.id, t.round, t.status, t.max_points, t.assignee_id, t.points, t.scores, t.comment, t.marked_at, t.created_at,
  a.session_id, s.title AS session_title, v.type, v.stem, v.rubric, t.item_id,
  (SELECT ans.response FROM attempt_answer ans WHERE ans.attempt_id = t.attempt_id AND ans.item_id = t.item_id) AS response,
  u.display_name AS assignee_name`;

export const TASK_FROM = `FROM marking_task t JOIN attempt a ON a.id = t.attempt_id JOIN exam_session s ON s.id = a.session_id
  JOIN question_version v ON v.id = t.version_id LEFT JOIN app_user u ON u.id = t.assignee_id`;

export interface TaskRow {
  id: string;
  round: number;
  status: 'open' | 'done';
  max_points: string;
  assignee_id: string | null;
  points: string | null;
  scores: { criterion: string; points: number }[] | null;
  comment: string | null;
  marked_at: Date | null;
  created_at: Date;
  session_id: string;
  session_title: string;
  type: 'short' | 'case';
  stem: string;
  rubric: { criterion: string; maxPoints: number }[] | null;
  item_id: string;
  response: unknown;
  assignee_name: string | null;
}
