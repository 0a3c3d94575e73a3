import { Module } from '@nestjs/common';
import { PostTagsResolver, TagsResolver } from './tags.resolver.js';
import { TagsService } from './tags.service.js';

@Module({ providers: [TagsService, TagsResolver, PostTagsResolver], exports: [TagsService] })
export class TagsModule {}
