import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums mirror @liblab/domain; values are the domain's lower-case keys. */
export enum RoleEnum {
  MEMBER = 'member',
  EXPERT = 'expert',
  COORDINATOR = 'coordinator',
  ADMIN = 'admin',
}
registerEnumType(RoleEnum, { name: 'Role', description: 'What a member may do in the network.' });

export enum GrantableRoleEnum {
  EXPERT = 'expert',
  COORDINATOR = 'coordinator',
  ADMIN = 'admin',
}
registerEnumType(GrantableRoleEnum, { name: 'GrantableRole', description: 'Roles an admin grants and revokes.' });

export enum LanguageEnum {
  PL = 'pl',
  EN = 'en',
  SV = 'sv',
  NB = 'nb',
}
registerEnumType(LanguageEnum, { name: 'Language', description: 'Polish, English, Swedish, Norwegian Bokmål.' });

export enum CountryEnum {
  PL = 'PL',
  SE = 'SE',
  NO = 'NO',
}
registerEnumType(CountryEnum, { name: 'Country' });

export enum NotificationKindEnum {
  ANSWER_TO_MY_QUESTION = 'answer_to_my_question',
  ANSWER_ACCEPTED = 'answer_accepted',
  COMMENT_ON_MY_CONTENT = 'comment_on_my_content',
  MENTION = 'mention',
  POST_IN_FOLLOWED_TAG = 'post_in_followed_tag',
  QUESTION_ESCALATED = 'question_escalated',
  EVENT_QUESTION = 'event_question',
  EVENT_RECORDING = 'event_recording',
  WAITLIST_PROMOTED = 'waitlist_promoted',
  EVENT_CANCELLED = 'event_cancelled',
}
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'Why a member is told: an answer to their question, their answer accepted, a comment on their content, a mention, a post in a tag they follow, ' +
    'a question of their thematic month past its answer time without an expert answer, a question asked at an event they organise or speak at, ' +
    'and, about an event they registered for: its recording added, a place from the waitlist, its cancellation.',
});
