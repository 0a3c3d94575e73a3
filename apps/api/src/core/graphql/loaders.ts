import type { DataSource } from 'typeorm';
import { createAnswerLoaders } from '../../modules/answers/answers.loaders.js';
import { createBookmarkLoaders } from '../../modules/bookmarks/bookmarks.loaders.js';
import { createCommentLoaders } from '../../modules/comments/comments.loaders.js';
import { createEventQuestionLoaders } from '../../modules/events/event-questions.loaders.js';
import { createEventLoaders } from '../../modules/events/events.loaders.js';
import { createFollowLoaders } from '../../modules/follows/follows.loaders.js';
import { createLibraryLoaders } from '../../modules/libraries/libraries.loaders.js';
import { createMemberLoaders } from '../../modules/members/members.loaders.js';
import { createMonthLoaders } from '../../modules/months/months.loaders.js';
import { createNotificationLoaders } from '../../modules/notifications/notifications.loaders.js';
import { createPostLoaders } from '../../modules/posts/posts.loaders.js';
import { createReactionLoaders } from '../../modules/reactions/reactions.loaders.js';
import { createTagLoaders } from '../../modules/tags/tags.loaders.js';
import { createVoteLoaders } from '../../modules/votes/votes.loaders.js';

/** Per-request DataLoaders, built fresh for each operation so nothing is cached across people. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...createLibraryLoaders(dataSource),
    ...createMemberLoaders(dataSource),
    ...createPostLoaders(dataSource),
    ...createAnswerLoaders(dataSource),
    ...createCommentLoaders(dataSource),
    ...createReactionLoaders(dataSource),
    ...createVoteLoaders(dataSource),
    ...createTagLoaders(dataSource),
    ...createBookmarkLoaders(dataSource),
    ...createNotificationLoaders(dataSource),
    ...createEventLoaders(dataSource),
    ...createFollowLoaders(dataSource),
    ...createMonthLoaders(dataSource),
    ...createEventQuestionLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
