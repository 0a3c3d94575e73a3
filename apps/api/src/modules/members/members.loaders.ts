import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { MemberEntity } from './entities/member.entity.js';

export function createMemberLoaders(dataSource: DataSource) {
  return {
    memberById: new DataLoader<string, MemberEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(MemberEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
