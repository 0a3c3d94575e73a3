import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module.js';
import { VotesResolver } from './votes.resolver.js';
import { VotesService } from './votes.service.js';

@Module({ imports: [PostsModule], providers: [VotesService, VotesResolver] })
export class VotesModule {}
