import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { Country, Role } from '@liblab/domain';
import { LibraryEntity } from '../../src/modules/libraries/entities/library.entity.js';
import { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import type { GqlClient } from './gql-client.js';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

function unique(): string {
  return randomBytes(4).toString('hex');
}

export async function makeLibrary(
  ds: DataSource,
  overrides: Partial<LibraryEntity> & { country?: Country } = {},
): Promise<LibraryEntity> {
  const id = unique();
  return ds.getRepository(LibraryEntity).save({
    slug: `library-${id}`,
    name: `Biblioteka ${id}`,
    city: 'Kraków',
    region: 'malopolskie',
    country: 'PL',
    description: '',
    ...overrides,
  });
}

export async function makeMember(
  ds: DataSource,
  overrides: Partial<Omit<MemberEntity, 'roles'>> & { roles?: Role[] } = {},
): Promise<MemberEntity> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  const id = unique();
  const saved = await ds.getRepository(MemberEntity).save({
    email: `member-${id}@example.org`,
    name: `Member ${id}`,
    passwordHash: await passwordHash,
    roles: ['member'],
    languages: ['pl'],
    interests: [],
    locale: 'en',
    ...overrides,
  } as MemberEntity);
  return saved;
}

export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id name } }`;

export async function signIn(client: GqlClient, email: string, password = TEST_PASSWORD): Promise<void> {
  await client.ok(SIGN_IN, { input: { email, password } });
}

/** A member with the given roles, signed in on a fresh client. */
export async function signedInMember(
  app: { dataSource: DataSource; client(): GqlClient },
  overrides: Parameters<typeof makeMember>[1] = {},
): Promise<{ member: MemberEntity; client: GqlClient }> {
  const member = await makeMember(app.dataSource, overrides);
  const client = app.client();
  await signIn(client, member.email);
  return { member, client };
}
