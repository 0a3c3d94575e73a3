import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { badInput, isUuid, notFound } from '../../core/graphql/errors.js';
import { LibraryEntity } from '../libraries/entities/library.entity.js';
import { toLibrary } from '../libraries/libraries.service.js';
import type { Library } from '../libraries/models/library.model.js';
import { MemberEntity } from '../members/entities/member.entity.js';
import { toMember } from '../members/members.service.js';
import type { Member } from '../members/models/member.model.js';

/**
 * Members follow other members and libraries (tags: modules/tags): what they post leads the home feed.
 * Following twice or unfollowing what one does not follow changes nothing; the primary keys
 * `(follower, followee)` make "once each" the database's rule.
 */
@Injectable()
export class FollowsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async member(id: string): Promise<MemberEntity> {
    const entity = isUuid(id) ? await this.dataSource.getRepository(MemberEntity).findOneBy({ id }) : null;
    if (!entity) throw notFound('The member');
    return entity;
  }

  private async library(id: string): Promise<LibraryEntity> {
    const entity = isUuid(id) ? await this.dataSource.getRepository(LibraryEntity).findOneBy({ id }) : null;
    if (!entity) throw notFound('The library');
    return entity;
  }

  async followMember(actor: AuthMember, id: string): Promise<Member> {
    if (id === actor.id) throw badInput({ field: 'id', message: 'You cannot follow yourself.' });
    const member = await this.member(id);
    await this.dataSource.query('INSERT INTO member_follows (follower_id, followee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [actor.id, member.id]);
    return toMember(member);
  }

  async unfollowMember(actor: AuthMember, id: string): Promise<Member> {
    const member = await this.member(id);
    await this.dataSource.query('DELETE FROM member_follows WHERE follower_id = $1 AND followee_id = $2', [actor.id, member.id]);
    return toMember(member);
  }

  async followLibrary(actor: AuthMember, id: string): Promise<Library> {
    const library = await this.library(id);
    await this.dataSource.query('INSERT INTO library_follows (follower_id, library_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [actor.id, library.id]);
    return toLibrary(library);
  }

  async unfollowLibrary(actor: AuthMember, id: string): Promise<Library> {
    const library = await this.library(id);
    await this.dataSource.query('DELETE FROM library_follows WHERE follower_id = $1 AND library_id = $2', [actor.id, library.id]);
    return toLibrary(library);
  }

  /** Members the actor follows, by name; two statements (count + page) whatever the page size. */
  async myMembers(actor: AuthMember, first: number, after?: string | null): Promise<Connection<Member>> {
    const query = this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .innerJoin('member_follows', 'f', 'f.followee_id = m.id AND f.follower_id = :memberId', { memberId: actor.id });
    const totalCount = await query.getCount();
    const cursor = decodeCursor(after, 2);
    if (cursor) query.andWhere('(lower(m.name), m.id) > (:name, :id)', { name: String(cursor[0]), id: String(cursor[1]) });
    const rows = await query.orderBy('lower(m.name)').addOrderBy('m.id').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, toMember, (m) => [m.name.toLowerCase(), m.id]);
  }

  /** Libraries the actor follows, by name; two statements whatever the page size. */
  async myLibraries(actor: AuthMember, first: number, after?: string | null): Promise<Connection<Library>> {
    const query = this.dataSource
      .getRepository(LibraryEntity)
      .createQueryBuilder('l')
      .innerJoin('library_follows', 'f', 'f.library_id = l.id AND f.follower_id = :memberId', { memberId: actor.id });
    const totalCount = await query.getCount();
    const cursor = decodeCursor(after, 2);
    if (cursor) query.andWhere('(lower(l.name), l.id) > (:name, :id)', { name: String(cursor[0]), id: String(cursor[1]) });
    const rows = await query.orderBy('lower(l.name)').addOrderBy('l.id').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, toLibrary, (l) => [l.name.toLowerCase(), l.id]);
  }
}
