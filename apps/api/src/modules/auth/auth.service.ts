import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { isLanguage, normaliseEmail } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { PasswordResetTokenEntity } from '../../core/auth/entities/password-reset-token.entity.js';
import { PasswordHasher } from '../../core/auth/password-hasher.js';
import { SessionService } from '../../core/auth/session.service.js';
import { hashToken, newToken } from '../../core/auth/tokens.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { badInput, conflict, isUniqueViolation } from '../../core/graphql/errors.js';
import { MailService } from '../../core/mail/mail.service.js';
import { passwordResetMail } from '../../core/mail/password-reset.template.js';
import { MemberEntity } from '../members/entities/member.entity.js';
import { MembersService, toMember } from '../members/members.service.js';
import type { Member } from '../members/models/member.model.js';
import type { ChangePasswordInput, ResetPasswordInput, SignUpInput } from './dto/auth.input.js';

const RESET_LINK_MINUTES = 60;

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly members: MembersService,
    private readonly mail: MailService,
  ) {}

  private get memberRepo() {
    return this.dataSource.getRepository(MemberEntity);
  }

  async signUp(input: SignUpInput): Promise<Member> {
    await this.members.assertLibraryExists(input.libraryId);
    const passwordHash = await this.hasher.hash(input.password);
    let saved: MemberEntity;
    try {
      saved = await this.memberRepo.save(
        this.memberRepo.create({
          email: normaliseEmail(input.email),
          name: input.name.trim(),
          passwordHash,
          libraryId: input.libraryId,
          roles: ['member'],
          languages: [...new Set(input.languages)],
          interests: [...new Set(input.interests)],
          locale: input.locale,
        }),
      );
    } catch (error) {
      // The unique constraint decides, so two simultaneous sign-ups with one address cannot both win.
      if (isUniqueViolation(error)) {
        throw conflict('An account with this email address already exists. Sign in, or reset your password.', 'email');
      }
      throw error;
    }
    await this.members.publishJoined({ libraryId: input.libraryId, memberId: saved.id });
    return toMember(saved);
  }

  startSession(memberId: string, userAgent: string | undefined): Promise<string> {
    return this.sessions.create(memberId, userAgent);
  }

  endSession(actor: AuthMember): Promise<void> {
    return this.sessions.revoke(actor.sessionId);
  }

  /**
   * Always answers the same way, so the form reveals nothing about which addresses have accounts.
   * The mail goes out after the answer, so timing reveals nothing either.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const member = await this.memberRepo.findOneBy({ email: normaliseEmail(email) });
    if (!member) return;
    const token = newToken();
    await this.dataSource.getRepository(PasswordResetTokenEntity).insert({
      tokenHash: hashToken(token),
      memberId: member.id,
      expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60 * 1000),
    });
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    const language = isLanguage(member.locale) ? member.locale : 'en';
    this.mail.send(passwordResetMail(member.email, member.name, language, link)).catch((error: unknown) => {
      this.logger.error(`Could not send the password reset mail to member ${member.id}: ${String(error)}`);
    });
  }

  /** Sets the new password, spends the link and ends every session of the member, in one transaction. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    const passwordHash = await this.hasher.hash(input.password);
    await this.dataSource.transaction(async (manager) => {
      const tokens = manager.getRepository(PasswordResetTokenEntity);
      const found = await tokens.findOne({
        where: { tokenHash: hashToken(input.token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) {
        throw badInput({ field: 'token', message: 'This link has expired or was already used. Ask for a new one.' });
      }
      await tokens.update({ memberId: found.memberId, usedAt: IsNull() }, { usedAt: new Date() });
      await manager.getRepository(MemberEntity).update({ id: found.memberId }, { passwordHash });
      await manager.query('DELETE FROM sessions WHERE member_id = $1', [found.memberId]);
    });
  }

  /** Ends every other session of the member: a changed password signs out other browsers. */
  async changePassword(actor: AuthMember, input: ChangePasswordInput): Promise<void> {
    const member = await this.memberRepo
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.id = :id', { id: actor.id })
      .getOneOrFail();
    if (!(await this.hasher.verify(member.passwordHash, input.currentPassword))) {
      throw badInput({ field: 'currentPassword', message: 'This is not your current password.' });
    }
    await this.memberRepo.update({ id: actor.id }, { passwordHash: await this.hasher.hash(input.newPassword) });
    await this.sessions.revokeAll(actor.id, actor.sessionId);
  }
}
