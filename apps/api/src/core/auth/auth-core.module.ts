import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphqlErrorFilter } from '../graphql/graphql-error.filter.js';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from './access.guard.js';
import { AuthRateLimitGuard } from './auth-rate-limit.guard.js';
import { LocalStrategy } from './local.strategy.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionService } from './session.service.js';

/** Sessions, hashing, passport and the global access guard. */
@Global()
@Module({
  imports: [PassportModule.register({ session: false })],
  providers: [
    PasswordHasher,
    SessionService,
    LocalStrategy,
    AuthRateLimitGuard,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: GraphqlErrorFilter },
  ],
  exports: [PasswordHasher, SessionService, AuthRateLimitGuard],
})
export class AuthCoreModule {}
