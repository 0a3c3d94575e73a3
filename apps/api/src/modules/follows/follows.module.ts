import { Module } from '@nestjs/common';
import { LibraryFollowsResolver, MemberFollowsResolver } from './follows.resolver.js';
import { FollowsService } from './follows.service.js';

/** Following members and libraries (tags are followed in modules/tags); the home feed reads the rows. */
@Module({ providers: [FollowsService, MemberFollowsResolver, LibraryFollowsResolver] })
export class FollowsModule {}
