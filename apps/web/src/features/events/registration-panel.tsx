import { useMutation } from '@apollo/client/react';
import type { RegistrationChangeReason } from '@liblab/web-graphql';
import { Anchor, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { ConfirmDialog, FormAlert, LiveStatus, SectionPanel } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyRegistrationBadge } from './event-badges';
import { evictEventLists } from './evict-event-lists';
import { EventInstant } from './event-when';
import { cancelRegistrationMutation, registerForEventMutation, type EventPageData } from './events.operations';
import { useNow } from '../../shared/use-now';
import { useRegistrationProblem } from './use-registration-problem';

export interface RegistrationPanelProps {
  event: EventPageData;
  isSignedIn: boolean;
  /** What just changed (the member's own action or a live change), kept in a polite live region. */
  notice: string | null;
  onNotice: (notice: string | null) => void;
  /** Says which change this tab is about to make, so its echo on the live subscription is not announced twice. */
  onOwnAction: (reason: RegistrationChangeReason | null) => void;
  /** Reads the event again after a refusal: the page may be out of date (deadline passed, event full). */
  onRefused: () => void;
}

/** Why a member cannot register now, when the API says registration is closed. */
function ClosedReason({ event, now }: { event: EventPageData; now: number }) {
  const { t } = useTranslation();
  if (event.status === 'CANCELLED') return <Text>{t('events.registration.closedCancelled')}</Text>;
  if (new Date(event.startsAt).getTime() <= now) return <Text>{t('events.registration.closedStarted')}</Text>;
  if (event.registrationDeadline) {
    return (
      <Text>
        {t('events.registration.closedDeadline')} <EventInstant value={event.registrationDeadline} timeZone={event.timeZone} />
      </Text>
    );
  }
  return <Text>{t('events.registration.closed')}</Text>;
}

/**
 * The member's place at the event: register (or join the waitlist when full), see the place or the
 * waitlist position, cancel after a confirmation, and the join link when the API gives it. Refusals are
 * explained by their reason; changes are said in a live region.
 */
export function RegistrationPanel({ event, isSignedIn, notice, onNotice, onOwnAction, onRefused }: RegistrationPanelProps) {
  const { t } = useTranslation();
  const explain = useRegistrationProblem();
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Who is registered changed: "my events" and the organisers' list (an organiser may register too).
  const [register, registering] = useMutation(registerForEventMutation, { update: (cache) => evictEventLists(cache, ['myEvents', 'eventRegistrations']) });
  const [cancel, cancelling] = useMutation(cancelRegistrationMutation, { update: (cache) => evictEventLists(cache, ['myEvents', 'eventRegistrations']) });
  const mine = event.viewerRegistration;
  const now = useNow();
  const started = new Date(event.startsAt).getTime() <= now;
  const full = event.placesLeft === 0;

  const handleRegister = async () => {
    setProblem(null);
    onNotice(null);
    onOwnAction('REGISTERED');
    try {
      const result = await register({ variables: { eventId: event.id } });
      const registration = result.data?.registerForEvent;
      if (!registration) return;
      onNotice(
        registration.status === 'WAITLISTED'
          ? t('events.registration.waitlistedNow', { position: registration.waitlistPosition ?? '?' })
          : t('events.registration.registeredNow'),
      );
    } catch (error) {
      onOwnAction(null);
      setProblem(explain(error));
      onRefused();
    }
  };

  const handleCancel = async () => {
    setProblem(null);
    onNotice(null);
    onOwnAction('CANCELLED');
    try {
      await cancel({ variables: { eventId: event.id } });
      onNotice(t('events.registration.cancelledNow'));
    } catch (error) {
      onOwnAction(null);
      setProblem(explain(error));
      onRefused();
    } finally {
      setConfirming(false);
    }
  };

  let body;
  if (mine && event.status !== 'CANCELLED') {
    body = (
      <Stack gap="sm">
        <Group gap="xs">
          <MyRegistrationBadge registration={mine} />
        </Group>
        <Text>
          {mine.status === 'CONFIRMED'
            ? t('events.registration.youHaveAPlace')
            : t('events.registration.youAreWaiting', { position: mine.waitlistPosition ?? '?' })}
        </Text>
        {!started ? (
          <Group>
            <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
              {mine.status === 'CONFIRMED' ? t('events.registration.cancel') : t('events.registration.leaveWaitlist')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  } else if (event.status !== 'CANCELLED' && event.registrationOpen) {
    body = (
      <Stack gap="sm">
        <Text>{full ? t('events.registration.fullHint') : t('events.registration.openHint')}</Text>
        <Group>
          {isSignedIn ? (
            <Button onClick={() => void handleRegister()} loading={registering.loading}>
              {full ? t('events.registration.joinWaitlist') : t('events.registration.register')}
            </Button>
          ) : (
            <Button component={Link} to={`/sign-in?next=${encodeURIComponent(`/events/${event.id}`)}`}>
              {t('events.registration.signInToRegister')}
            </Button>
          )}
        </Group>
      </Stack>
    );
  } else {
    body = <ClosedReason event={event} now={now} />;
  }

  return (
    <SectionPanel headingId="registration-heading" title={t('events.registration.heading')}>
      <Stack gap="md">
        {body}
        {event.joinUrl ? (
          <Text>
            <Anchor href={event.joinUrl} target="_blank" rel="noopener noreferrer" fw={600}>
              {t('events.registration.joinLink')}
              <VisuallyHidden> {t('common.opensInNewTab')}</VisuallyHidden>
            </Anchor>
          </Text>
        ) : null}
        {problem ? (
          <FormAlert title={t('events.registration.refused')}>{problem}</FormAlert>
        ) : null}
        <LiveStatus>{notice}</LiveStatus>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={mine?.status === 'WAITLISTED' ? t('events.registration.leaveWaitlistTitle') : t('events.registration.cancelTitle')}
        message={mine?.status === 'WAITLISTED' ? t('events.registration.leaveWaitlistMessage') : t('events.registration.cancelMessage')}
        confirmLabel={mine?.status === 'WAITLISTED' ? t('events.registration.leaveWaitlist') : t('events.registration.cancel')}
        cancelLabel={t('events.registration.keep')}
        loading={cancelling.loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void handleCancel()}
      />
    </SectionPanel>
  );
}
