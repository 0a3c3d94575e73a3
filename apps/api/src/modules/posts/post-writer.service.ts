import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { PostKind } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { sanitizeRichText } from '../../core/html/rich-text.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { mentionDrafts, type NotificationDraft } from '../notifications/notification-drafts.js';
import { NotifierService } from '../notifications/notifier.service.js';
import { TagsService } from '../tags/tags.service.js';
import { FeedPostPublisher } from './feed-post.publisher.js';
import { PostEntity, type LinkRecord } from './entities/post.entity.js';
import { toContent, type ContentRecord } from './models/content-record.js';
import { canDeleteContent, canEditContent } from './post-access.js';
import { CONTENT_LABEL, PostsService } from './posts.service.js';
import { QuestionActivityKind, QuestionActivityPublisher } from './question-activity.publisher.js';

/** What a member writes in an inspiration or a question (validated by the input types). */
export interface PostWrite {
  title: string;
  body: string;
  language: string;
  tags: string[];
  summary?: string;
  links?: LinkRecord[];
  attachments?: LinkRecord[];
}

function fields(input: PostWrite) {
  return {
    title: input.title.trim(),
    body: sanitizeRichText(input.body),
    language: input.language,
    summary: input.summary?.trim() ?? '',
    links: (input.links ?? []).map(({ title, url }) => ({ title: title.trim(), url: url.trim() })),
    attachments: (input.attachments ?? []).map(({ title, url }) => ({ title: title.trim(), url: url.trim() })),
  };
}

/** Creates, edits and deletes inspirations and questions, with their tags, one transaction each. */
@Injectable()
export class PostWriterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly tags: TagsService,
    private readonly rateLimit: RateLimitService,
    private readonly notifier: NotifierService,
    private readonly activity: QuestionActivityPublisher,
    private readonly feed: FeedPostPublisher,
  ) {}

  /**
   * `onCreated` runs inside the same transaction once the post is saved (a thematic month links its
   * question, an archived month records its summary, an event links a question asked at it); if it throws,
   * nothing is written. It may return notifications to create with the post's own, listed first as the
   * most specific (an event's organiser named in the question is told once, about the event question).
   */
  async create(
    actor: AuthMember,
    kind: PostKind,
    input: PostWrite,
    onCreated?: (manager: EntityManager, saved: PostEntity) => Promise<void | NotificationDraft[]>,
  ): Promise<ContentRecord> {
    const values = fields(input);
    await this.rateLimit.consumePosting(actor.id);
    const { post, notifications } = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(PostEntity);
      const saved = await repo.save(repo.create({ ...values, kind, authorId: actor.id, libraryId: actor.libraryId }));
      await this.tags.setTags(manager, saved.id, input.tags);
      const own = (await onCreated?.(manager, saved)) ?? [];
      // Mentions first: a follower of the tag who is also named is told once, about the mention.
      const followers = await this.notifier.followersOfPostTags(manager, saved.id);
      const drafts: NotificationDraft[] = [
        ...own,
        ...mentionDrafts(saved.body, { postId: saved.id }, actor.id),
        ...followers.map((recipientId) => ({ recipientId, kind: 'post_in_followed_tag' as const, subjectId: saved.id, postId: saved.id, actorId: actor.id })),
      ];
      return { post: toContent(saved), notifications: await this.notifier.create(manager, drafts) };
    });
    await this.notifier.deliver(notifications);
    await this.feed.published(post);
    return post;
  }

  /** The author only; the post shows "edited" afterwards. */
  async update(actor: AuthMember, kind: PostKind, id: string, input: PostWrite): Promise<ContentRecord> {
    const post = await this.posts.findLive(id, kind);
    if (!canEditContent(actor, post)) throw forbidden(`Only the author can edit this ${kind}.`);
    const values = fields(input);
    const { saved, notifications } = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(PostEntity);
      const result = await repo.update({ id, deletedAt: IsNull() }, { ...values, editedAt: new Date() });
      if (!result.affected) throw notFound(CONTENT_LABEL[kind]);
      await this.tags.setTags(manager, id, input.tags);
      // Members named for the first time are told; those named before were told already (unique key).
      // Followers of tags are told of new posts only, not of edits.
      const created = await this.notifier.create(manager, mentionDrafts(values.body, { postId: id }, actor.id));
      return { saved: toContent(await repo.findOneByOrFail({ id })), notifications: created };
    });
    await this.notifier.deliver(notifications);
    await this.activity.publish(saved, QuestionActivityKind.QUESTION_UPDATED);
    return saved;
  }

  /** Soft delete by the author or a moderator (coordinator, admin): gone from lists, NOT_FOUND by id. */
  async delete(actor: AuthMember, kind: PostKind, id: string): Promise<string> {
    const post = await this.posts.findLive(id, kind);
    if (!canDeleteContent(actor, post)) throw forbidden(`Only the author or a moderator can delete this ${kind}.`);
    const result = await this.dataSource
      .getRepository(PostEntity)
      .update({ id, deletedAt: IsNull() }, { deletedAt: new Date(), deletedById: actor.id });
    if (!result.affected) throw notFound(CONTENT_LABEL[kind]);
    await this.activity.publish(post, QuestionActivityKind.QUESTION_DELETED);
    return id;
  }
}
