import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { EventCardFieldsFragment } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AvailabilityBadges, KindBadge } from './event-badges';
import { EventWhen } from './event-when';
import { usePlaceName } from './event-place';

/** An event in a list: title as the link, kind, when (the viewer's time and the event's), where, places. */
export function EventCard({ event, headingOrder = 3 }: { event: EventCardFieldsFragment; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  const place = usePlaceName();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Title order={headingOrder} size="h4">
          <Anchor component={Link} to={`/events/${event.id}`} inherit>
            {event.title}
          </Anchor>
        </Title>
        <Group gap="xs">
          <KindBadge kind={event.kind} />
          <AvailabilityBadges event={event} />
        </Group>
        <EventWhen size="sm" startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
        <Text size="sm" c="gray.8">
          <Text span inherit fw={600}>
            {t('events.where')}:
          </Text>{' '}
          {place(event)}
        </Text>
      </Stack>
    </Paper>
  );
}
