import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Role } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { containsPattern } from '../../core/database/like-pattern.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { badInput, forbidden, isUuid, notFound } from '../../core/graphql/errors.js';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import { LibraryEntity } from '../libraries/entities/library.entity.js';
import { MemberEntity } from './entities/member.entity.js';
import type { MemberFilter } from './dto/member-filter.input.js';
import type { UpdateProfileInput } from './dto/profile.input.js';
import type { Member } from './models/member.model.js';

export function toMember(entity: MemberEntity): Member {
  return {
    id: entity.id,
    name: entity.name,
    libraryId: entity.libraryId,
    roles: entity.roles as Member['roles'],
    languages: entity.languages as Member['languages'],
    interests: entity.interests,
    position: entity.position,
    bio: entity.bio,
    publicEmail: entity.publicEmail,
    phone: entity.phone,
    createdAt: entity.createdAt,
    email: entity.email,
    locale: entity.locale,
  };
}

export interface LibraryMemberJoinedEvent {
  libraryId: string;
  memberId: string;
}


@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(MemberEntity);
  }

  async byId(id: string): Promise<Member> {
    const entity = isUuid(id) ? await this.repo.findOneBy({ id }) : null;
    if (!entity) throw notFound('The member');
    return toMember(entity);
  }

  async byIds(ids: readonly string[]): Promise<MemberEntity[]> {
    return ids.length ? this.repo.findBy({ id: In([...ids]) }) : [];
  }

  async assertLibraryExists(libraryId: string): Promise<void> {
    const exists = await this.dataSource.getRepository(LibraryEntity).existsBy({ id: libraryId });
    if (!exists) throw badInput({ field: 'libraryId', message: 'Choose your library from the list.' });
  }

  /** The member directory: two statements (rows + count) whatever the page size. */
  async directory(filter: MemberFilter, first: number, after?: string | null): Promise<Connection<Member>> {
    const query = this.repo.createQueryBuilder('m').leftJoin('m.library', 'l');
    if (filter.country) query.andWhere('l.country = :country', { country: filter.country });
    if (filter.region) query.andWhere('l.region = :region', { region: filter.region });
    if (filter.libraryId) query.andWhere('m.library_id = :libraryId', { libraryId: filter.libraryId });
    if (filter.role) query.andWhere(':role = ANY(m.roles)', { role: filter.role });
    if (filter.interest) query.andWhere(':interest = ANY(m.interests)', { interest: filter.interest });
    const search = filter.search?.trim();
    if (search) query.andWhere('m.name ILIKE :search', { search: containsPattern(search) });
    const totalCount = await query.getCount();
    const cursor = decodeCursor(after, 2);
    if (cursor) query.andWhere('(lower(m.name), m.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    const rows = await query.orderBy('lower(m.name)').addOrderBy('m.id').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, toMember, (m) => [m.name.toLowerCase(), m.id]);
  }

  async updateProfile(actor: AuthMember, input: UpdateProfileInput): Promise<Member> {
    await this.assertLibraryExists(input.libraryId);
    const before = await this.repo.findOneBy({ id: actor.id });
    if (!before) throw notFound('The member');
    const saved = await this.repo.save({
      ...before,
      name: input.name.trim(),
      libraryId: input.libraryId,
      languages: [...new Set(input.languages)],
      interests: [...new Set(input.interests)],
      locale: input.locale,
      position: input.position?.trim() || null,
      bio: input.bio.trim(),
      publicEmail: input.publicEmail?.trim() || null,
      phone: input.phone?.trim() || null,
    });
    await this.pubSub.publish(CHANNELS.memberUpdated, { memberId: saved.id });
    if (before.libraryId !== saved.libraryId && saved.libraryId) {
      await this.publishJoined({ libraryId: saved.libraryId, memberId: saved.id });
    }
    return toMember(saved);
  }

  publishJoined(event: LibraryMemberJoinedEvent): Promise<void> {
    return this.pubSub.publish(CHANNELS.libraryMemberJoined, event);
  }

  /** Admins only (checked by @Roles); the array update is one statement, so two admins never lose a change. */
  async changeRole(actor: AuthMember, memberId: string, role: Exclude<Role, 'member'>, grant: boolean): Promise<Member> {
    if (!grant && role === 'admin' && memberId === actor.id) {
      throw forbidden('You cannot remove your own admin role; ask another admin.');
    }
    const sql = grant
      ? `UPDATE members SET roles = CASE WHEN $2 = ANY(roles) THEN roles ELSE array_append(roles, $2) END, updated_at = now() WHERE id = $1`
      : `UPDATE members SET roles = array_remove(roles, $2), updated_at = now() WHERE id = $1`;
    await this.dataSource.query(sql, [memberId, role]);
    const member = await this.byId(memberId);
    await this.pubSub.publish(CHANNELS.memberUpdated, { memberId });
    return member;
  }
}
