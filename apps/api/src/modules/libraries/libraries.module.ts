import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { LibrariesResolver } from './libraries.resolver.js';
import { LibrariesService } from './libraries.service.js';

@Module({ imports: [MembersModule], providers: [LibrariesService, LibrariesResolver], exports: [LibrariesService] })
export class LibrariesModule {}
