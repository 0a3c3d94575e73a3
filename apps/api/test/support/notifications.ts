import type { GqlClient } from './gql-client.js';

/** Operations shared by the notification and live-update specs. */

export const NOTIFICATIONS = `query N($unreadOnly: Boolean! = false, $first: Int! = 50, $after: String) {
  unreadNotificationCount
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id kind read readAt createdAt actor { id } content { id } post { id } comment { id } event { id title } } }
  }
}`;

export const MARK_READ = `mutation M($id: ID!) { markNotificationRead(id: $id) { id read readAt } }`;
export const MARK_ALL_READ = `mutation { markAllNotificationsRead }`;
export const PREFERENCES = `query { notificationPreferences { kind email } }`;
export const UPDATE_PREFERENCES = `mutation U($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { kind email } }`;
export const FOLLOW_TAG = `mutation F($slug: String!) { followTag(slug: $slug) { slug viewerFollows } }`;
export const UNFOLLOW_TAG = `mutation F($slug: String!) { unfollowTag(slug: $slug) { slug viewerFollows } }`;
export const MY_FOLLOWED_TAGS = `query T($first: Int! = 20, $after: String) { myFollowedTags(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } } }`;

export const NOTIFICATION_ADDED = `subscription { notificationAdded { unreadNotificationCount notification { id kind actor { id } content { id } post { id } event { id title } } } }`;

export const QUESTION_ACTIVITY = `subscription Q($questionId: ID!) {
  questionActivity(questionId: $questionId) {
    kind questionId contentId commentId answerCount voteCount commentCount acceptedAnswerId
    question { id answerCount }
    answer { id body accepted voteCount }
    comment { id body }
  }
}`;

export interface NotificationNode {
  id: string;
  kind: string;
  read: boolean;
  readAt: string | null;
  createdAt: string;
  actor: { id: string } | null;
  content: { id: string } | null;
  post: { id: string } | null;
  comment: { id: string } | null;
  event: { id: string; title: string } | null;
}

/** The member's notifications (first 50, newest first) and their unread count. */
export async function inboxOf(client: GqlClient, unreadOnly = false): Promise<{ unread: number; total: number; nodes: NotificationNode[] }> {
  const data = await client.ok(NOTIFICATIONS, { unreadOnly });
  return {
    unread: data.unreadNotificationCount,
    total: data.notifications.totalCount,
    nodes: data.notifications.edges.map((e: { node: NotificationNode }) => e.node),
  };
}

/** `@[Name](id)`: the mention syntax of @liblab/domain. */
export function mention(member: { id: string; name: string }): string {
  return `@[${member.name}](${member.id})`;
}
