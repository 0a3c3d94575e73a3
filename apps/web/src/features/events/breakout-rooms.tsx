import { Anchor, Table } from '@mantine/core';
import { SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import type { EventPageData } from './events.operations';

type BreakoutRoom = NonNullable<EventPageData>['breakoutRooms'][number];

/** A convention's per-project breakout rooms; the online link is there only for those the API shows it to. */
export function BreakoutRooms({ rooms }: { rooms: readonly BreakoutRoom[] }) {
  const { t } = useTranslation();
  if (rooms.length === 0) return null;
  return (
    <SectionPanel headingId="breakout-rooms-heading" title={t('eventFollowup.roomsHeading')}>
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Caption>{t('eventFollowup.roomsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('eventFollowup.roomName')}</Table.Th>
              <Table.Th scope="col">{t('eventFollowup.roomProject')}</Table.Th>
              <Table.Th scope="col">{t('eventFollowup.roomWhere')}</Table.Th>
              <Table.Th scope="col">{t('eventFollowup.roomSession')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rooms.map((room) => (
              <Table.Tr key={room.id}>
                <Table.Th scope="row" fw={500}>
                  {room.name}
                </Table.Th>
                <Table.Td>{room.project}</Table.Td>
                <Table.Td>
                  {room.room}
                  {room.room && room.url ? ' · ' : null}
                  {room.url ? (
                    <Anchor href={room.url} target="_blank" rel="noopener noreferrer" aria-label={t('eventFollowup.roomJoin', { name: room.name })}>
                      {t('eventFollowup.roomOnline')}
                    </Anchor>
                  ) : null}
                </Table.Td>
                <Table.Td>{room.session?.title ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionPanel>
  );
}
