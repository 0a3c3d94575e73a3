import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { forbidden } from '../../core/graphql/errors.js';
import { RateLimitService } from '../../core/rate-limit/rate-limit.service.js';
import { PostEntity } from '../posts/entities/post.entity.js';
import { toContent, type ContentRecord } from '../posts/models/content-record.js';
import { PostsService } from '../posts/posts.service.js';
import { QuestionActivityKind, QuestionActivityPublisher } from '../posts/question-activity.publisher.js';

export function canVote(actor: AuthMember | null | undefined, content: { authorId: string | null }): boolean {
  return !!actor && content.authorId !== actor.id;
}

/**
 * "Useful" votes on questions and answers, one per member: the primary key decides under any
 * concurrency (INSERT ... ON CONFLICT DO NOTHING), and `vote_count` moves only when a row was really
 * added or removed, in the same transaction. Voting twice or withdrawing twice changes nothing.
 */
@Injectable()
export class VotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly rateLimit: RateLimitService,
    private readonly activity: QuestionActivityPublisher,
  ) {}

  async vote(actor: AuthMember, id: string): Promise<ContentRecord> {
    const post = await this.posts.findLiveContent(id, ['question', 'answer'], 'The question or answer');
    if (!canVote(actor, post)) throw forbidden('You cannot vote for your own question or answer.');
    await this.rateLimit.consumeVoting(actor.id);
    const changed = await this.dataSource.transaction(async (manager) => {
      const added: unknown[] = await manager.query(
        'INSERT INTO votes (post_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING post_id',
        [id, actor.id],
      );
      if (added.length) await manager.query('UPDATE posts SET vote_count = vote_count + 1 WHERE id = $1', [id]);
      return added.length > 0;
    });
    if (changed) await this.activity.publish(post, QuestionActivityKind.VOTES_CHANGED);
    return this.fresh(id);
  }

  async unvote(actor: AuthMember, id: string): Promise<ContentRecord> {
    const post = await this.posts.findLiveContent(id, ['question', 'answer'], 'The question or answer');
    await this.rateLimit.consumeVoting(actor.id);
    const changed = await this.dataSource.transaction(async (manager) => {
      const [removed]: [unknown[], number] = await manager.query(
        'DELETE FROM votes WHERE post_id = $1 AND member_id = $2 RETURNING post_id',
        [id, actor.id],
      );
      if (removed.length) await manager.query('UPDATE posts SET vote_count = vote_count - 1 WHERE id = $1', [id]);
      return removed.length > 0;
    });
    if (changed) await this.activity.publish(post, QuestionActivityKind.VOTES_CHANGED);
    return this.fresh(id);
  }

  private async fresh(id: string): Promise<ContentRecord> {
    return toContent(await this.dataSource.getRepository(PostEntity).findOneByOrFail({ id }));
  }
}
