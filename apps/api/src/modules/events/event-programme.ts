import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EVENT_KINDS_WITH_BREAKOUT_ROOMS } from '@liblab/domain';
import type { EventSpeakerRecord } from './entities/event.entity.js';
import { EventBreakoutRoomEntity } from './entities/event-breakout-room.entity.js';
import { EventSessionEntity } from './entities/event-session.entity.js';
import type { BreakoutRoomInput } from './dto/breakout-room.input.js';
import type { EventInput, EventSpeakerInput } from './dto/event.input.js';

export function speakerRecords(speakers: readonly EventSpeakerInput[]): EventSpeakerRecord[] {
  return speakers.map((s) => ({ memberId: s.memberId ?? null, name: s.memberId ? null : (s.name ?? null) }));
}

/**
 * The rooms an edit keeps when its input leaves `breakoutRooms` out (a form that does not show them):
 * the current ones, each in the input's session with the same title and start, if there is one. Kinds
 * other than conventions keep none.
 */
async function currentRooms(manager: EntityManager, eventId: string, input: Pick<EventInput, 'kind' | 'sessions'>): Promise<BreakoutRoomInput[]> {
  if (!EVENT_KINDS_WITH_BREAKOUT_ROOMS.includes(input.kind)) return [];
  const rows: { name: string; project: string; room: string | null; url: string | null; s_title: string | null; s_starts_at: Date | null }[] =
    await manager.query(
      `SELECT b.name, b.project, b.room, b.url, s.title AS s_title, s.starts_at AS s_starts_at
         FROM event_breakout_rooms b LEFT JOIN event_sessions s ON s.id = b.session_id
        WHERE b.event_id = $1 ORDER BY b.position`,
      [eventId],
    );
  return rows.map((r) => {
    const index = input.sessions.findIndex((s) => s.title === r.s_title && s.startsAt.getTime() === r.s_starts_at?.getTime());
    return { name: r.name, project: r.project, room: r.room, url: r.url, sessionIndex: index < 0 ? null : index };
  });
}

/**
 * Replaces a convention's programme with the input's, inside the caller's transaction: its sessions, then
 * its breakout rooms, each room pointing at the session the input names by position (`sessionIndex`).
 * Session ids are given here, so the rooms can refer to them without reading them back.
 */
export async function replaceProgramme(
  manager: EntityManager,
  eventId: string,
  input: Pick<EventInput, 'kind' | 'sessions' | 'breakoutRooms'>,
): Promise<void> {
  const rooms = input.breakoutRooms ?? (await currentRooms(manager, eventId, input));
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
  if (rooms.length) {
    await manager.getRepository(EventBreakoutRoomEntity).insert(
      rooms.map((r, position) => ({
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
