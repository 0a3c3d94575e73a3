/**
 * Notifications whose subject is live: for one about a post, the post (and, for an answer, its question)
 * and the comment, if any, are not deleted. Deleted content's notifications are hidden from lists, counts
 * and live events. Notifications about an event (no post) are always visible: events are not deleted.
 * Use as `SELECT n.* ${VISIBLE_NOTIFICATIONS} AND …`.
 */
export const VISIBLE_NOTIFICATIONS = `FROM notifications n
  LEFT JOIN posts p ON p.id = n.post_id
  LEFT JOIN posts q ON q.id = p.parent_id
  LEFT JOIN comments c ON c.id = n.comment_id
  WHERE (n.post_id IS NULL OR p.deleted_at IS NULL) AND (q.id IS NULL OR q.deleted_at IS NULL)
    AND (n.comment_id IS NULL OR c.deleted_at IS NULL)`;
