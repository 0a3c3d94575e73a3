import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { MemberEntity } from '../members/entities/member.entity.js';
import { LibraryEntity } from './entities/library.entity.js';

/** How many staff a library page lists; libraries are small, this only bounds a mistake. */
export const STAFF_LIMIT = 100;

export function createLibraryLoaders(dataSource: DataSource) {
  return {
    libraryById: new DataLoader<string, LibraryEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(LibraryEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    memberCountByLibrary: new DataLoader<string, number>(async (ids) => {
      const rows: { library_id: string; count: string }[] = await dataSource.query(
        'SELECT library_id, count(*) AS count FROM members WHERE library_id = ANY($1::uuid[]) GROUP BY library_id',
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.library_id, Number(r.count)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),

    /** Members with a job title at the library, by name. One statement for any number of libraries. */
    staffByLibrary: new DataLoader<string, MemberEntity[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(MemberEntity)
        .createQueryBuilder('m')
        .where('m.library_id IN (:...ids)', { ids: [...ids] })
        .andWhere('m.position IS NOT NULL')
        .orderBy('lower(m.name)')
        .addOrderBy('m.id')
        .getMany();
      const byLibrary = new Map<string, MemberEntity[]>();
      for (const row of rows) {
        const list = byLibrary.get(row.libraryId!) ?? [];
        if (list.length < STAFF_LIMIT) list.push(row);
        byLibrary.set(row.libraryId!, list);
      }
      return ids.map((id) => byLibrary.get(id) ?? []);
    }),
  };
}
