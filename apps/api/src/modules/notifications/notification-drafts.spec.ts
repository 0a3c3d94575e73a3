import { describe, expect, it } from '@jest/globals';
import { effectiveDrafts, mentionDrafts, type NotificationDraft } from './notification-drafts.js';

const ASKER = '11111111-1111-4111-8111-111111111111';
const ANSWERER = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';
const ANSWER = '44444444-4444-4444-8444-444444444444';

describe('notification drafts', () => {
  it('turns mentions into drafts about the post or the comment', () => {
    expect(mentionDrafts(`Hej @[Ola](${OTHER})`, { postId: ANSWER }, ANSWERER)).toEqual([
      { recipientId: OTHER, kind: 'mention', subjectId: ANSWER, postId: ANSWER, commentId: null, actorId: ANSWERER },
    ]);
    const comment = '55555555-5555-4555-8555-555555555555';
    expect(mentionDrafts(`@[Ola](${OTHER})`, { postId: ANSWER, commentId: comment }, ANSWERER)[0]).toMatchObject({ subjectId: comment, commentId: comment });
  });

  it('never tells the actor, skips erased recipients and tells each person once per subject', () => {
    const drafts: NotificationDraft[] = [
      { recipientId: ASKER, kind: 'answer_to_my_question', subjectId: ANSWER, postId: ANSWER, actorId: ANSWERER },
      ...mentionDrafts(`@[A](${ASKER}) @[Me](${ANSWERER}) @[O](${OTHER})`, { postId: ANSWER }, ANSWERER),
      { recipientId: null, kind: 'answer_to_my_question', subjectId: ANSWER, postId: ANSWER, actorId: ANSWERER },
    ];
    expect(effectiveDrafts(drafts).map((d) => [d.recipientId, d.kind])).toEqual([
      [ASKER, 'answer_to_my_question'],
      [OTHER, 'mention'],
    ]);
  });
});
