import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module.js';
import { InspirationsResolver } from './inspirations.resolver.js';

@Module({ imports: [PostsModule], providers: [InspirationsResolver] })
export class InspirationsModule {}
