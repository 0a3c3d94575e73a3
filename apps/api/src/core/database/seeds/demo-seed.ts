import type { LoggerService } from '@nestjs/common';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { LibraryEntity } from '../../../modules/libraries/entities/library.entity.js';
import { MemberEntity } from '../../../modules/members/entities/member.entity.js';
import { DEMO_LIBRARIES, DEMO_MEMBERS, DEMO_PASSWORD } from './demo-data.js';
import { seedDemoEvents } from './demo-events.js';
import { seedDemoFollows } from './demo-follows.js';
import { seedDemoKnowledge } from './demo-knowledge.js';
import { seedDemoMonths } from './demo-months.js';

/** Writes the demo libraries, members, knowledge exchange (inspirations, questions ...), follows, events and thematic months in one transaction. */
export async function seedDemoData(dataSource: DataSource): Promise<{ libraries: number; members: number; posts: number; events: number; months: number }> {
  // One hash for every demo account: they share the documented demo password.
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  return dataSource.transaction(async (manager) => {
    const libraries = await manager.getRepository(LibraryEntity).save(DEMO_LIBRARIES.map((l) => ({ ...l })));
    const idBySlug = new Map(libraries.map((l) => [l.slug, l.id]));
    const members = DEMO_MEMBERS.map((m) => ({
      email: m.email,
      name: m.name,
      passwordHash,
      libraryId: idBySlug.get(m.library) ?? null,
      roles: m.roles,
      languages: m.languages,
      interests: m.interests,
      locale: m.locale,
      position: m.position ?? null,
      bio: m.bio,
      phone: m.phone ?? null,
      publicEmail: m.publicEmail ?? null,
    }));
    await manager.getRepository(MemberEntity).insert(members);
    const knowledge = await seedDemoKnowledge(manager);
    await seedDemoFollows(manager);
    // Months first: events name the month they belong to.
    const months = await seedDemoMonths(manager);
    const events = await seedDemoEvents(manager);
    return {
      libraries: libraries.length,
      members: members.length,
      posts: knowledge.posts + events.posts + months.posts,
      events: events.events,
      months: months.months,
    };
  });
}

/** On a fresh embedded database, fill it so the portal is worth looking at on first start. */
export async function seedDemoDataIfEmpty(dataSource: DataSource, logger: LoggerService): Promise<void> {
  const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM members')) as { count: number }[];
  if (count > 0) return;
  const result = await seedDemoData(dataSource);
  logger.log(
    `Seeded demo data: ${result.libraries} libraries, ${result.members} members, ${result.posts} inspirations, questions and answers, ${result.events} events, ${result.months} thematic months. ` +
      `Sign in as admin@liblab.demo with the password ${DEMO_PASSWORD}.`,
    'Seed',
  );
}
