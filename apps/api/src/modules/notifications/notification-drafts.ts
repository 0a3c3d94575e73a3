import { mentionedMemberIds, type NotificationKind } from '@liblab/domain';

/**
 * A notification to create: who is told, why, about which row, and who did it. It is about a post
 * (`postId`) or about an event (`eventId`): exactly one of the two.
 */
export type NotificationDraft = {
  recipientId: string | null;
  kind: NotificationKind;
  /** The row that is the event: the answer, the comment, or the post or comment with the mention. */
  subjectId: string;
  /** Null when nobody in particular did it (a promotion from the waitlist), or their account was erased. */
  actorId: string | null;
} & (
  | {
      /** The inspiration, question or answer the event is about (for a comment: the commented content). */
      postId: string;
      commentId?: string | null;
      eventId?: undefined;
    }
  | {
      /** The meetup, webinar or convention (EVENT_NOTIFICATION_KINDS). */
      eventId: string;
      postId?: undefined;
      commentId?: undefined;
    }
);

/** What a mention is about: a post (its body) or a comment on a post. */
export interface MentionPlace {
  postId: string;
  commentId?: string | null;
}

/** One MENTION draft for each member named in `text` by the `@[Name](member-id)` syntax. */
export function mentionDrafts(text: string, place: MentionPlace, actorId: string): NotificationDraft[] {
  return mentionedMemberIds(text).map((recipientId) => ({
    recipientId,
    kind: 'mention',
    subjectId: place.commentId ?? place.postId,
    postId: place.postId,
    commentId: place.commentId ?? null,
    actorId,
  }));
}

/**
 * What is left to insert: never the actor, never nobody (an erased author), and one notification per
 * person per subject — the first draft wins, so callers list the most specific kind first (an asker
 * named in an answer is told about the answer, not also about the mention).
 */
export function effectiveDrafts(drafts: readonly NotificationDraft[]): NotificationDraft[] {
  const seen = new Set<string>();
  const result: NotificationDraft[] = [];
  for (const draft of drafts) {
    if (!draft.recipientId || (draft.actorId !== null && draft.recipientId === draft.actorId)) continue;
    const key = `${draft.recipientId}|${draft.subjectId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(draft);
  }
  return result;
}
