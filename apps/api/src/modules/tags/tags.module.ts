import { Module } from '@nestjs/common';
import { TagFollowsResolver } from './tag-follows.resolver.js';
import { TagFollowsService } from './tag-follows.service.js';
import { PostTagsResolver, TagsResolver } from './tags.resolver.js';
import { TagsService } from './tags.service.js';

@Module({ providers: [TagsService, TagsResolver, PostTagsResolver, TagFollowsService, TagFollowsResolver], exports: [TagsService] })
export class TagsModule {}
