import { BookmarkEntity } from '../../modules/bookmarks/entities/bookmark.entity.js';
import { CalendarTokenEntity } from '../../modules/calendar/entities/calendar-token.entity.js';
import { CommentEntity } from '../../modules/comments/entities/comment.entity.js';
import { EventBreakoutRoomEntity } from '../../modules/events/entities/event-breakout-room.entity.js';
import { EventQuestionEntity } from '../../modules/events/entities/event-question.entity.js';
import { EventRegistrationEntity } from '../../modules/events/entities/event-registration.entity.js';
import { EventSessionEntity } from '../../modules/events/entities/event-session.entity.js';
import { EventEntity } from '../../modules/events/entities/event.entity.js';
import { LibraryFollowEntity } from '../../modules/follows/entities/library-follow.entity.js';
import { MemberFollowEntity } from '../../modules/follows/entities/member-follow.entity.js';
import { LibraryEntity } from '../../modules/libraries/entities/library.entity.js';
import { MemberEntity } from '../../modules/members/entities/member.entity.js';
import { MonthExpertEntity } from '../../modules/months/entities/month-expert.entity.js';
import { MonthQuestionEntity } from '../../modules/months/entities/month-question.entity.js';
import { MonthEntity } from '../../modules/months/entities/month.entity.js';
import { NotificationPreferenceEntity } from '../../modules/notifications/entities/notification-preference.entity.js';
import { NotificationEntity } from '../../modules/notifications/entities/notification.entity.js';
import { PostEntity } from '../../modules/posts/entities/post.entity.js';
import { ReactionEntity } from '../../modules/reactions/entities/reaction.entity.js';
import { PostTagEntity } from '../../modules/tags/entities/post-tag.entity.js';
import { TagFollowEntity } from '../../modules/tags/entities/tag-follow.entity.js';
import { TagEntity } from '../../modules/tags/entities/tag.entity.js';
import { VoteEntity } from '../../modules/votes/entities/vote.entity.js';
import { PasswordResetTokenEntity } from '../auth/entities/password-reset-token.entity.js';
import { SessionEntity } from '../auth/entities/session.entity.js';

/** Every entity, listed explicitly: globs do not work with ESM and hide what the schema holds. */
export const ENTITIES = [
  LibraryEntity,
  MemberEntity,
  SessionEntity,
  PasswordResetTokenEntity,
  // Knowledge exchange (issue 3)
  PostEntity,
  CommentEntity,
  VoteEntity,
  ReactionEntity,
  TagEntity,
  PostTagEntity,
  BookmarkEntity,
  // Live updates and notifications (issue 3)
  TagFollowEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  // Events (issue 4)
  EventEntity,
  EventSessionEntity,
  EventRegistrationEntity,
  // Follows and the home feed (issue 3)
  MemberFollowEntity,
  LibraryFollowEntity,
  // Thematic months (issue 4)
  MonthEntity,
  MonthExpertEntity,
  MonthQuestionEntity,
  // Calendars and reminders (issue 4)
  CalendarTokenEntity,
  // During and after events (issue 4)
  EventQuestionEntity,
  EventBreakoutRoomEntity,
];
