import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';

@Module({ imports: [MembersModule], providers: [AuthService, AuthResolver] })
export class AuthModule {}
