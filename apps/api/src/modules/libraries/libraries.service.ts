import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { isRegionOf, type Country } from '@liblab/domain';
import { hasRole, type AuthMember } from '../../core/auth/auth-member.js';
import { containsPattern } from '../../core/database/like-pattern.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { badInput, conflict, forbidden, isUniqueViolation, isUuid, notFound } from '../../core/graphql/errors.js';
import { LibraryEntity } from './entities/library.entity.js';
import type { LibraryFilter, LibraryInput } from './dto/library.input.js';
import type { Library } from './models/library.model.js';

export function toLibrary(entity: LibraryEntity): Library {
  return { ...entity, country: entity.country as Library['country'] };
}


@Injectable()
export class LibrariesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(LibraryEntity);
  }

  async bySlug(slug: string): Promise<Library> {
    const entity = await this.repo.findOneBy({ slug });
    if (!entity) throw notFound('The library');
    return toLibrary(entity);
  }

  async byIds(ids: readonly string[]): Promise<LibraryEntity[]> {
    return ids.length ? this.repo.findBy({ id: In([...ids]) }) : [];
  }

  /** Libraries by name, two statements whatever the page size (rows + count). */
  async list(filter: LibraryFilter, first: number, after?: string | null): Promise<Connection<Library>> {
    const query = this.repo.createQueryBuilder('l');
    if (filter.country) query.andWhere('l.country = :country', { country: filter.country });
    if (filter.region) query.andWhere('l.region = :region', { region: filter.region });
    const search = filter.search?.trim();
    if (search) {
      query.andWhere('(l.name ILIKE :search OR l.city ILIKE :search)', { search: containsPattern(search) });
    }
    const totalCount = await query.getCount();
    const cursor = decodeCursor(after, 2);
    if (cursor) query.andWhere('(lower(l.name), l.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    const rows = await query.orderBy('lower(l.name)').addOrderBy('l.id').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, toLibrary, (l) => [l.name.toLowerCase(), l.id]);
  }

  /** Admins manage every library; coordinators those in the region of their own home library. */
  canManage(actor: AuthMember | null, region: string): boolean {
    return hasRole(actor, 'admin') || (hasRole(actor, 'coordinator') && actor?.region === region);
  }

  assertCanManage(actor: AuthMember, region: string): void {
    if (!this.canManage(actor, region)) {
      throw forbidden('Only admins and the coordinators of this region can manage its libraries.');
    }
  }

  private checkRegion(input: LibraryInput): void {
    if (!isRegionOf(input.country as Country, input.region)) {
      throw badInput({ field: 'region', message: 'This region is not in the chosen country.' });
    }
  }

  async create(actor: AuthMember, input: LibraryInput): Promise<Library> {
    this.checkRegion(input);
    this.assertCanManage(actor, input.region);
    try {
      const saved = await this.repo.save(this.repo.create({ ...input }));
      return toLibrary(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('Another library already uses this address key.', 'slug');
      throw error;
    }
  }

  async update(actor: AuthMember, id: string, input: LibraryInput): Promise<Library> {
    const existing = isUuid(id) ? await this.repo.findOneBy({ id }) : null;
    if (!existing) throw notFound('The library');
    this.checkRegion(input);
    this.assertCanManage(actor, existing.region);
    if (input.region !== existing.region) this.assertCanManage(actor, input.region);
    try {
      const saved = await this.repo.save({ ...existing, ...input });
      return toLibrary(saved);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('Another library already uses this address key.', 'slug');
      throw error;
    }
  }
}
