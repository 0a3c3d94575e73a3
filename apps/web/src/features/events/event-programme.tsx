import { Stack, Table, Text } from '@mantine/core';
import { SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { SpeakerList } from './event-speakers';
import type { EventPageData } from './events.operations';
import { browserTimeZone, sameZone } from './zoned-time';

type Session = EventPageData['sessions'][number];

/** "09:20–10:00" in a zone; with the weekday when the programme spans more than one day. */
function useSessionTime(timeZone: string, withDay: boolean) {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    timeZone,
    ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
    hour: '2-digit',
    minute: '2-digit',
  });
  return (session: Session) => format.formatRange(new Date(session.startsAt), new Date(session.endsAt));
}

function dayKey(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/**
 * A convention's programme as a table: times in the event's own zone (where the audience is), with the
 * viewer's time under them when the viewer's clock shows something else; rooms, tracks and speakers.
 */
export function EventProgramme({ sessions, timeZone }: { sessions: EventPageData['sessions']; timeZone: string }) {
  const { t } = useTranslation();
  const viewerZone = browserTimeZone();
  const elsewhere = !sameZone(viewerZone, timeZone);
  const manyDays = new Set(sessions.map((session) => dayKey(session.startsAt, timeZone))).size > 1;
  const eventTime = useSessionTime(timeZone, manyDays);
  const viewerTime = useSessionTime(viewerZone, manyDays);
  if (sessions.length === 0) return null;
  return (
    <SectionPanel headingId="programme-heading" title={t('events.programme.heading')}>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="sm">
          <Table.Caption>{t('events.programme.caption', { zone: timeZone })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('events.programme.time')}</Table.Th>
              <Table.Th scope="col">{t('events.programme.session')}</Table.Th>
              <Table.Th scope="col">{t('events.programme.room')}</Table.Th>
              <Table.Th scope="col">{t('events.programme.speakers')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((session) => (
              <Table.Tr key={session.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Stack gap={0}>
                    <time dateTime={session.startsAt}>{eventTime(session)}</time>
                    {elsewhere && viewerTime(session) !== eventTime(session) ? (
                      <Text size="xs" c="gray.8">
                        {t('events.when.yours', { range: viewerTime(session) })}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Th scope="row" fw={600}>
                  {session.title}
                  {session.track ? (
                    <Text size="xs" c="gray.8" fw={400}>
                      {t('events.programme.track', { track: session.track })}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>{session.room ?? '—'}</Table.Td>
                <Table.Td>{session.speakers.length ? <SpeakerList speakers={session.speakers} inline /> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionPanel>
  );
}
