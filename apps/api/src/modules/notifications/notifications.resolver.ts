import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import { ConnectionOf } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import { toComment } from '../comments/comments.service.js';
import { Comment } from '../comments/models/comment.model.js';
import { toMember } from '../members/members.service.js';
import { Member } from '../members/models/member.model.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { Content, Post } from '../posts/models/content.model.js';
import { NotificationsArgs, UpdateNotificationPreferencesInput } from './dto/notification.input.js';
import { Notification, NotificationAdded, NotificationPreference } from './models/notification.model.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { NotificationsService, toNotification } from './notifications.service.js';
import type { NotificationAddedEvent } from './notifier.service.js';

export const NotificationConnection = ConnectionOf(Notification, 'Notification');

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly inbox: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => NotificationConnection, { description: "The signed-in member's notifications, newest first." })
  notifications(@CurrentMember() actor: AuthMember, @Args() args: NotificationsArgs) {
    return this.inbox.list(actor, args.first, args.after, args.unreadOnly);
  }

  @Query(() => Int, { description: 'How many of the signed-in member’s notifications are unread (the bell).' })
  unreadNotificationCount(@CurrentMember() actor: AuthMember): Promise<number> {
    return this.inbox.unreadCount(actor.id);
  }

  @Mutation(() => Notification, { description: 'Your own notifications only; marking again changes nothing.' })
  markNotificationRead(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Notification> {
    return this.inbox.markRead(actor, id);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many were unread.' })
  markAllNotificationsRead(@CurrentMember() actor: AuthMember): Promise<number> {
    return this.inbox.markAllRead(actor);
  }

  @Query(() => [NotificationPreference], { description: 'For every kind, whether you get an email.' })
  notificationPreferences(@CurrentMember() actor: AuthMember): Promise<NotificationPreference[]> {
    return this.preferences.forMember(actor.id);
  }

  @Mutation(() => [NotificationPreference], { description: 'Turn emails on or off per kind; returns every kind.' })
  updateNotificationPreferences(
    @CurrentMember() actor: AuthMember,
    @Args('input') input: UpdateNotificationPreferencesInput,
  ): Promise<NotificationPreference[]> {
    return this.preferences.update(actor, input.preferences);
  }

  @Subscription(() => NotificationAdded, {
    description: 'New notifications of the signed-in member, each with the unread count after it.',
    filter: (payload: NotificationAddedEvent, _variables: unknown, context: GqlContext) => payload.recipientId === context.member?.id,
    resolve: async (payload: NotificationAddedEvent, _args: unknown, context: GqlContext): Promise<NotificationAdded> => {
      // A subscription keeps its context for its whole life: clear so every event reads fresh data.
      context.loaders.postById.clearAll();
      context.loaders.commentById.clearAll();
      context.loaders.eventById.clearAll();
      const [entity, unreadNotificationCount] = await Promise.all([
        context.loaders.notificationById.clear(payload.notificationId).load(payload.notificationId),
        context.loaders.unreadNotificationCount.clear(payload.recipientId).load(payload.recipientId),
      ]);
      return { notification: entity ? toNotification(entity) : null, unreadNotificationCount };
    },
  })
  notificationAdded() {
    return this.pubSub.asyncIterableIterator(CHANNELS.notificationAdded);
  }

  @ResolveField(() => Boolean)
  read(@Parent() notification: Notification): boolean {
    return notification.readAt !== null;
  }

  @ResolveField(() => Member, {
    nullable: true,
    description: 'Who did it; null if their account was erased, and for a place from the waitlist (nobody in particular freed it).',
  })
  async actor(@Parent() notification: Notification, @Context() context: GqlContext): Promise<Member | null> {
    if (!notification.actorId) return null;
    const entity = await context.loaders.memberById.load(notification.actorId);
    return entity ? toMember(entity) : null;
  }

  @ResolveField(() => Content, {
    nullable: true,
    description: 'The answer, question or inspiration it is about (for a comment: the commented content); null for notifications about an event.',
  })
  async content(@Parent() notification: Notification, @Context() context: GqlContext): Promise<ContentRecord | null> {
    if (!notification.postId) return null;
    const post = await context.loaders.postById.load(notification.postId);
    return post ? toContent(post) : null;
  }

  @ResolveField(() => Post, { nullable: true, description: 'The question or inspiration page to open (an answer’s question).' })
  async post(@Parent() notification: Notification, @Context() context: GqlContext): Promise<ContentRecord | null> {
    if (!notification.postId) return null;
    const content = await context.loaders.postById.load(notification.postId);
    const page = content?.parentId ? await context.loaders.postById.load(content.parentId) : content;
    return page ? toContent(page) : null;
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The comment, for comments and mentions in comments.' })
  async comment(@Parent() notification: Notification, @Context() context: GqlContext): Promise<Comment | null> {
    if (!notification.commentId) return null;
    const entity = await context.loaders.commentById.load(notification.commentId);
    return entity ? toComment(entity) : null;
  }
}
