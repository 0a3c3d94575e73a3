import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { AuthRateLimitGuard } from '../../core/auth/auth-rate-limit.guard.js';
import { CurrentMember, Public } from '../../core/auth/decorators.js';
import { GqlLocalAuthGuard } from '../../core/auth/gql-local-auth.guard.js';
import { clearSessionCookie, setSessionCookie } from '../../core/auth/session-cookie.js';
import { SessionService } from '../../core/auth/session.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { toMember } from '../members/members.service.js';
import { Member } from '../members/models/member.model.js';
import { AuthService } from './auth.service.js';
import {
  ChangePasswordInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
} from './dto/auth.input.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get secureCookie(): boolean {
    return this.config.publicUrl.startsWith('https:');
  }

  private async signInAs(memberId: string, context: GqlContext): Promise<void> {
    const token = await this.auth.startSession(memberId, context.req?.headers['user-agent']);
    if (context.res) setSessionCookie(context.res, token, this.secureCookie);
    // The rest of this response (e.g. the member's own email) is already for the signed-in member.
    context.member = await this.sessions.authenticate(token);
  }

  @Public()
  @UseGuards(AuthRateLimitGuard)
  @Mutation(() => Member, { description: 'Creates an account and signs it in.' })
  async signUp(@Args('input') input: SignUpInput, @Context() context: GqlContext): Promise<Member> {
    const member = await this.auth.signUp(input);
    await this.signInAs(member.id, context);
    return member;
  }

  @Public()
  @UseGuards(AuthRateLimitGuard, GqlLocalAuthGuard)
  @Mutation(() => Member, { description: 'Signs in with email and password; sets the session cookie.' })
  async signIn(@Args('input') _input: SignInInput, @Context() context: GqlContext): Promise<Member> {
    const member = context.req!.user as MemberEntity;
    await this.signInAs(member.id, context);
    return toMember(member);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this browser\'s session. Harmless when already signed out.' })
  async signOut(@CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<boolean> {
    if (actor) await this.auth.endSession(actor);
    if (context.res) clearSessionCookie(context.res, this.secureCookie);
    return true;
  }

  @Public()
  @UseGuards(AuthRateLimitGuard)
  @Mutation(() => Boolean, { description: 'Mails a reset link if the address has an account; answers true either way.' })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.auth.requestPasswordReset(input.email);
    return true;
  }

  @Public()
  @UseGuards(AuthRateLimitGuard)
  @Mutation(() => Boolean, { description: 'Sets a new password from a mailed link and signs out every browser.' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.auth.resetPassword(input);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other browser.' })
  async changePassword(@CurrentMember() actor: AuthMember, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.auth.changePassword(actor, input);
    return true;
  }
}
