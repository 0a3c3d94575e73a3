import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import { Strategy } from 'passport-local';
import { DataSource } from 'typeorm';
import { normaliseEmail } from '@liblab/domain';
import { MemberEntity } from '../../modules/members/entities/member.entity.js';
import { PasswordHasher } from './password-hasher.js';

/** A hash of a random password, verified when the email is unknown so both paths take the same time. */
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$V7oLAlnC+8JuDtH8c+d/uA$KWL5g8L2/yW6n7yxwhAMBwPyki0jzBGRGo1LqOZK+MU';

/** passport-local: email and password in, the member out, or false (one generic failure for both cases). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  async validate(email: string, password: string): Promise<MemberEntity | false> {
    const member = await this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.email = :email', { email: normaliseEmail(email) })
      .getOne();
    const ok = await this.hasher.verify(member?.passwordHash ?? DUMMY_HASH, password);
    return member && ok ? member : false;
  }
}
