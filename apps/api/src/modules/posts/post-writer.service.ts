import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { PostKind } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { sanitizeRichText } from '../../core/html/rich-text.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { TagsService } from '../tags/tags.service.js';
import { PostEntity, type LinkRecord } from './entities/post.entity.js';
import { toContent, type ContentRecord } from './models/content-record.js';
import { canDeleteContent, canEditContent } from './post-access.js';
import { CONTENT_LABEL, PostsService } from './posts.service.js';

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
  ) {}

  async create(actor: AuthMember, kind: PostKind, input: PostWrite): Promise<ContentRecord> {
    const values = fields(input);
    await this.rateLimit.consumePosting(actor.id);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(PostEntity);
      const saved = await repo.save(repo.create({ ...values, kind, authorId: actor.id, libraryId: actor.libraryId }));
      await this.tags.setTags(manager, saved.id, input.tags);
      return toContent(saved);
    });
  }

  /** The author only; the post shows "edited" afterwards. */
  async update(actor: AuthMember, kind: PostKind, id: string, input: PostWrite): Promise<ContentRecord> {
    const post = await this.posts.findLive(id, kind);
    if (!canEditContent(actor, post)) throw forbidden(`Only the author can edit this ${kind}.`);
    const values = fields(input);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(PostEntity);
      const result = await repo.update({ id, deletedAt: IsNull() }, { ...values, editedAt: new Date() });
      if (!result.affected) throw notFound(CONTENT_LABEL[kind]);
      await this.tags.setTags(manager, id, input.tags);
      return toContent(await repo.findOneByOrFail({ id }));
    });
  }

  /** Soft delete by the author or a moderator (coordinator, admin): gone from lists, NOT_FOUND by id. */
  async delete(actor: AuthMember, kind: PostKind, id: string): Promise<string> {
    const post = await this.posts.findLive(id, kind);
    if (!canDeleteContent(actor, post)) throw forbidden(`Only the author or a moderator can delete this ${kind}.`);
    const result = await this.dataSource
      .getRepository(PostEntity)
      .update({ id, deletedAt: IsNull() }, { deletedAt: new Date(), deletedById: actor.id });
    if (!result.affected) throw notFound(CONTENT_LABEL[kind]);
    return id;
  }
}
