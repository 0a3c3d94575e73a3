/**
 * Notifications and @mentions. Shared so the web's editor writes mentions the API recognises and the
 * preferences page lists the same kinds and defaults the API applies.
 */

/** Why a member is told about something. */
export const NOTIFICATION_KINDS = [
  'answer_to_my_question',
  'answer_accepted',
  'comment_on_my_content',
  'mention',
  'post_in_followed_tag',
  /** A question in a thematic month waited past the month's answer time without an expert answer (to its experts and coordinator). */
  'question_escalated',
  /** A question was asked at an event the member organises or speaks at (subject: the question). */
  'event_question',
  /** The recording of an event the member registered for was added (subject: the event). */
  'event_recording',
  /** A place freed and the member moved from the waitlist to a confirmed place (subject: the event). */
  'waitlist_promoted',
  /** The organisers cancelled an event the member registered for (subject: the event). */
  'event_cancelled',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The important kinds: mailed unless the member turns it off. The others are mailed only if turned on.
 * `event_question` is not: questions arrive in bursts while an event runs and are answered afterwards, so
 * the bell is enough unless an organiser or speaker asks for mail.
 */
export const EMAIL_BY_DEFAULT: readonly NotificationKind[] = [
  'answer_to_my_question',
  'answer_accepted',
  'mention',
  'question_escalated',
  'event_recording',
  'waitlist_promoted',
  'event_cancelled',
];

/**
 * Kinds about an event rather than a post: the notification names the event (and links to its page).
 * Every other kind names a post (a question, an inspiration or an answer).
 */
export const EVENT_NOTIFICATION_KINDS: readonly NotificationKind[] = ['event_recording', 'waitlist_promoted', 'event_cancelled'];

/** At most this many members are notified from one body or comment; further mentions are plain text. */
export const MENTIONS_MAX = 20;

/**
 * A mention is `@[Shown name](member-id)` in the text of a body or a comment, e.g.
 * `@[Ola Nordmann](6f1c…-…)`. The editor inserts it when a member picks someone from the directory;
 * the name is only what readers see, the id decides who is notified.
 */
const MENTION = /@\[([^\]\n]{1,100})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

export function mentionMarkup(name: string, memberId: string): string {
  return `@[${name.replace(/[[\]\n]/g, ' ').trim()}](${memberId})`;
}

/** The distinct member ids mentioned in the text (lower case), in order of first mention, at most MENTIONS_MAX. */
export function mentionedMemberIds(text: string): string[] {
  const ids = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    ids.add(match[2].toLowerCase());
    if (ids.size === MENTIONS_MAX) break;
  }
  return [...ids];
}

/** Splits text into plain parts and mentions, for showing a mention as a link to the member. */
export function splitMentions(text: string): ({ text: string } | { name: string; memberId: string })[] {
  const parts: ({ text: string } | { name: string; memberId: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ name: match[1], memberId: match[2].toLowerCase() });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
