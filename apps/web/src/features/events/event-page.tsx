import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { LoadingState, PageHeader, SectionPanel } from '@liblab/web-ui';
import type { RegistrationChangeReason } from '@liblab/web-graphql';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../session/use-session';
import { QueryError } from '../../shared/query-error';
import { AddToCalendar } from './add-to-calendar';
import { BreakoutRooms } from './breakout-rooms';
import { AvailabilityBadges, KindBadge } from './event-badges';
import { EventFacts } from './event-facts';
import { EventMaterials } from './event-materials';
import { EventProgramme } from './event-programme';
import { EventQuestions } from './event-questions';
import { SpeakerList } from './event-speakers';
import { eventPageQuery } from './events.operations';
import { OrganiserTools } from './organiser-tools';
import { RegistrationPanel } from './registration-panel';
import { useNow } from '../../shared/use-now';
import { useDescribeRegistrationChange, useEventAvailability, useRegistrationChanges } from './use-registration-changes';

/** Plain text as written, line breaks kept (descriptions and agendas are not HTML). */
function PlainText({ children }: { children: string }) {
  return <Text style={{ whiteSpace: 'pre-line' }}>{children}</Text>;
}

function EventView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { isSignedIn } = useSession();
  const { data, loading, error, refetch } = useQuery(eventPageQuery, { variables: { id } });
  const [notice, setNotice] = useState<string | null>(null);
  const describeChange = useDescribeRegistrationChange();
  const now = useNow();
  // What this tab itself just asked for: its echo on the subscription is not "another window".
  const ownAction = useRef<RegistrationChangeReason | null>(null);
  // A promotion from the waitlist (or a change in another tab) arrives with the event's new numbers;
  // the cache updates the panel, and the sentence goes to the live region.
  useRegistrationChanges(isSignedIn, (change) => {
    if (change.registration.event.id !== id) return;
    if (change.reason === ownAction.current) {
      ownAction.current = null;
      return;
    }
    setNotice(describeChange(change));
  });
  useEventAvailability(isSignedIn, id);
  const event = data?.event;

  if (!event) {
    return (
      <>
        <PageHeader title={t('events.pageTitle')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  return (
    <>
      <PageHeader title={event.title} />
      <Stack gap="lg">
        <Group gap="xs" mt={-8}>
          <KindBadge kind={event.kind} />
          <AvailabilityBadges event={event} />
        </Group>
        {event.month ? (
          <Text>
            {t('eventFollowup.partOfMonth')}{' '}
            <Anchor component={Link} to={`/months/${event.month.id}`}>
              {event.month.title}
            </Anchor>
          </Text>
        ) : null}
        {event.status === 'CANCELLED' ? (
          <Alert color="red" variant="light" title={t('events.cancelledTitle')}>
            {t('events.cancelledBody')}
          </Alert>
        ) : null}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              {event.description ? (
                <SectionPanel headingId="about-heading" title={t('events.about')}>
                  <PlainText>{event.description}</PlainText>
                </SectionPanel>
              ) : null}
              {event.agenda ? (
                <SectionPanel headingId="agenda-heading" title={t('events.agenda')}>
                  <PlainText>{event.agenda}</PlainText>
                </SectionPanel>
              ) : null}
              <EventProgramme sessions={event.sessions} timeZone={event.timeZone} />
              {event.speakers.length > 0 ? (
                <SectionPanel headingId="speakers-heading" title={t('events.speakers')}>
                  <SpeakerList speakers={event.speakers} />
                </SectionPanel>
              ) : null}
              <BreakoutRooms rooms={event.breakoutRooms} />
              <EventQuestions event={event} isSignedIn={isSignedIn} hasStarted={new Date(event.startsAt).getTime() <= now} />
              <EventMaterials event={event} isSignedIn={isSignedIn} hasEnded={new Date(event.endsAt).getTime() <= now} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <RegistrationPanel
                event={event}
                isSignedIn={isSignedIn}
                notice={notice}
                onNotice={setNotice}
                onOwnAction={(reason) => (ownAction.current = reason)}
                onRefused={() => void refetch()}
              />
              {event.status !== 'CANCELLED' ? <AddToCalendar calendarUrl={event.calendarUrl} /> : null}
              <EventFacts event={event} />
            </Stack>
          </Grid.Col>
        </Grid>
        {event.viewerCanManage ? <OrganiserTools event={event} /> : null}
      </Stack>
    </>
  );
}

/** /events/:id: open to visitors; members register here, organisers manage the event. */
export function EventPage() {
  const { id = '' } = useParams();
  return <EventView key={id} id={id} />;
}
