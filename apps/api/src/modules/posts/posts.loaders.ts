import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { PostEntity } from './entities/post.entity.js';

export function createPostLoaders(dataSource: DataSource) {
  return {
    /** Live (not deleted) inspirations, questions and answers by id; null for deleted or unknown ones. */
    postById: new DataLoader<string, PostEntity | null>(async (ids) => {
      const rows = await dataSource.getRepository(PostEntity).findBy({ id: In([...ids]), deletedAt: IsNull() });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
