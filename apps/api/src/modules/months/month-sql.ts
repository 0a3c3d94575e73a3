/**
 * What counts as an expert answer to a question of a month: a live answer by one of the month's invited
 * experts, or by a member who held the expert role when answering (`posts.by_expert`). `month` and
 * `question` are SQL expressions naming the month's id and the question's id; answers are aliased `a`.
 */
export function expertAnswerOf(month: string, question: string): string {
  return `a.parent_id = ${question} AND a.kind = 'answer' AND a.deleted_at IS NULL
    AND (a.by_expert OR EXISTS (SELECT 1 FROM month_experts me WHERE me.month_id = ${month} AND me.member_id = a.author_id))`;
}

/** `LEFT JOIN LATERAL` giving `fe.first_expert_at` for `mq` (month_questions) and `p` (the question). */
export const FIRST_EXPERT_ANSWER = `LEFT JOIN LATERAL (
    SELECT min(a.created_at) AS first_expert_at FROM posts a WHERE ${expertAnswerOf('mq.month_id', 'p.id')}
  ) fe ON true`;
