import type { Type } from '@nestjs/common';
import { ConnectionOf } from '../../../core/graphql/connection.js';
import { Post } from './content.model.js';

/** Mixed pages of inspirations and questions (bookmarks now; the home feed and search later). */
export const PostConnection = ConnectionOf(Post as unknown as Type<Post>, 'Post');
