import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventSpeakerRecord } from './entities/event.entity.js';
import { EventBreakoutRoomEntity } from './entities/event-breakout-room.entity.js';
import { EventSessionEntity } from './entities/event-session.entity.js';
import type { EventInput, EventSpeakerInput } from './dto/event.input.js';

export function speakerRecords(speakers: readonly EventSpeakerInput[]): EventSpeakerRecord[] {
  return speakers.map((s) => ({ memberId: s.memberId ?? null, name: s.memberId ? null : (s.name ?? null) }));
}

/**
 * Replaces a convention's programme with the input's, inside the caller's transaction: its sessions, then
 * its breakout rooms, each room pointing at the session the input names by position (`sessionIndex`).
 * Session ids are given here, so the rooms can refer to them without reading them back.
 */
export async function replaceProgramme(manager: EntityManager, eventId: string, input: Pick<EventInput, 'sessions' | 'breakoutRooms'>): Promise<void> {
  await manager.getRepository(EventBreakoutRoomEntity).delete({ eventId });
  const sessions = manager.getRepository(EventSessionEntity);
  await sessions.delete({ eventId });
  const sessionIds = input.sessions.map(() => randomUUID());
  if (input.sessions.length) {
    await sessions.insert(
      input.sessions.map((s, i) => ({
        id: sessionIds[i],
        eventId,
        title: s.title,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        room: s.room ?? null,
        track: s.track ?? null,
        speakers: speakerRecords(s.speakers),
      })),
    );
  }
  if (input.breakoutRooms.length) {
    await manager.getRepository(EventBreakoutRoomEntity).insert(
      input.breakoutRooms.map((r, position) => ({
        eventId,
        position,
        name: r.name,
        project: r.project,
        room: r.room ?? null,
        url: r.url ?? null,
        sessionId: r.sessionIndex == null ? null : sessionIds[r.sessionIndex],
      })),
    );
  }
}
