import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LanguageEnum } from '../../../core/graphql/domain-enums.js';
import { PageInfo } from '../../../core/graphql/connection.js';
import { Post } from '../../posts/models/content.model.js';
import type { ContentRecord } from '../../posts/models/content-record.js';

export enum PostKindEnum {
  INSPIRATION = 'inspiration',
  QUESTION = 'question',
}
registerEnumType(PostKindEnum, { name: 'PostKind', description: 'Inspirations (good practices) and questions.' });

export enum FeedSort {
  FOR_YOU = 'FOR_YOU',
  NEWEST = 'NEWEST',
  USEFUL = 'USEFUL',
}
registerEnumType(FeedSort, {
  name: 'FeedSort',
  description:
    'FOR_YOU: posts of the last 30 days from members, libraries and tags the viewer follows first (newest first), then every other post newest first. ' +
    'NEWEST: newest first. USEFUL: most votes and reactions first.',
});

export enum FeedReason {
  MEMBER = 'MEMBER',
  LIBRARY = 'LIBRARY',
  TAG = 'TAG',
}
registerEnumType(FeedReason, {
  name: 'FeedReason',
  description: 'Why a post counts as followed: the viewer follows its author, its library, or one of its tags.',
});

@ObjectType({ description: 'One post in the home feed, with why it is there.' })
export class FeedEdge {
  @Field()
  cursor: string;

  @Field(() => Post)
  node: ContentRecord;

  @Field({ description: 'From a member, library or tag the viewer follows (FOR_YOU ranks these first while they are at most 30 days old).' })
  followed: boolean;

  @Field(() => [FeedReason], { description: 'What the viewer follows that brings this post; empty when not followed.' })
  followedBecause: FeedReason[];
}

@ObjectType({
  description:
    'A page of the home feed. No totalCount: counting every matching post at each page would cost more than the page itself; use pageInfo.hasNextPage.',
})
export class FeedConnection {
  @Field(() => [FeedEdge])
  edges: FeedEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: 'A new inspiration or question matching the feed filter, for "N new posts"; load the feed again to show it.' })
export class FeedPostNotice {
  @Field(() => ID)
  id: string;

  @Field(() => PostKindEnum)
  kind: PostKindEnum;

  @Field()
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field(() => ID, { nullable: true })
  libraryId: string | null;

  @Field(() => LanguageEnum)
  language: LanguageEnum;

  @Field(() => String, { nullable: true, description: "Region key of the post's library." })
  region: string | null;

  @Field(() => [String], { description: 'Tag slugs.' })
  tags: string[];
}
