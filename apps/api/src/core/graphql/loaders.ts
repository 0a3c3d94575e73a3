import type { DataSource } from 'typeorm';
import { createLibraryLoaders } from '../../modules/libraries/libraries.loaders.js';
import { createMemberLoaders } from '../../modules/members/members.loaders.js';

/** Per-request DataLoaders, built fresh for each operation so nothing is cached across people. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...createLibraryLoaders(dataSource),
    ...createMemberLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
