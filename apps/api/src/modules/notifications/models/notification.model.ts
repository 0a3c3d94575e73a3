import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NotificationKindEnum } from '../../../core/graphql/domain-enums.js';

@ObjectType({
  description:
    'Something that happened to the member: an answer to their question, their answer accepted, a comment on their content, ' +
    'a mention, a post in a tag they follow, (to experts and coordinators) a question of a thematic month waiting too long for an expert answer, ' +
    '(to organisers and speakers) a question asked at their event, or about an event they registered for: a place from the waitlist, its cancellation, its recording. ' +
    'About a post (`content`, `post`) or an event (`event`). Hidden while the content it is about is deleted.',
})
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKindEnum;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the member marked it read; null while unread.' })
  readAt: Date | null;

  /** Not in the schema: what the field resolvers load (a post or an event, never both). */
  postId: string | null;
  commentId: string | null;
  eventId: string | null;
  actorId: string | null;
}

@ObjectType({ description: 'A new notification for the signed-in member, with their unread count after it.' })
export class NotificationAdded {
  @Field(() => Notification, { nullable: true, description: 'Null if its content was deleted before it reached you.' })
  notification: Notification | null;

  @Field(() => Int)
  unreadNotificationCount: number;
}

@ObjectType({ description: 'Whether the member gets an email for a kind of notification (in-app ones always appear).' })
export class NotificationPreference {
  @Field(() => NotificationKindEnum)
  kind: NotificationKindEnum;

  @Field()
  email: boolean;
}
