/**
 * Knowledge exchange: inspirations (good practices), questions, answers, comments, reactions and tags.
 * Limits are shared so the web's forms and the api's validation say the same thing.
 */

/** What a member writes at the top level; answers belong to a question. */
export const POST_KINDS = ['inspiration', 'question'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** How members thank each other for content (counted per kind, one of each kind per member). */
export const REACTION_KINDS = ['useful', 'inspiring', 'thanks'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

/** How the answers of a question are ordered. */
export const ANSWER_SORTS = ['accepted', 'votes', 'newest'] as const;
export type AnswerSort = (typeof ANSWER_SORTS)[number];

export const KNOWLEDGE_LIMITS = {
  titleMin: 5,
  titleMax: 200,
  summaryMax: 500,
  /** Characters of visible text in a rich-text body (after sanitising). */
  bodyTextMax: 20_000,
  /** Characters of HTML accepted at all; the editor's markup stays far below this. */
  bodyHtmlMax: 60_000,
  commentMax: 2000,
  tagsMax: 8,
  tagMin: 2,
  tagMax: 40,
  linksMax: 10,
  linkTitleMax: 200,
} as const;

/** A tag's URL key: lower case, words joined by single dashes; letters of every language are kept. */
export function tagSlug(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
