import { LibraryEntity } from '../../modules/libraries/entities/library.entity.js';
import { MemberEntity } from '../../modules/members/entities/member.entity.js';
import { PasswordResetTokenEntity } from '../auth/entities/password-reset-token.entity.js';
import { SessionEntity } from '../auth/entities/session.entity.js';

/** Every entity, listed explicitly: globs do not work with ESM and hide what the schema holds. */
export const ENTITIES = [LibraryEntity, MemberEntity, SessionEntity, PasswordResetTokenEntity];
