import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { ConfirmDialog, LiveStatus, SectionPanel, useNotify } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../shared/use-error-message';
import { downloadTextFile, fileSlug } from './download-text-file';
import { cancelEventMutation, eventRegistrantsCsvQuery, type EventPageData } from './events.operations';
import { evictEventLists } from './evict-event-lists';
import { RegistrantsTable } from './registrants-table';
import { useNow } from '../../shared/use-now';

/**
 * For coordinators and admins (the API's `viewerCanManage`): edit, cancel (confirmed), the registrants
 * with attendance, and the registrants as a CSV file. The API checks every one of these again.
 */
export function OrganiserTools({ event }: { event: EventPageData }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const notify = useNotify();
  const describe = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [cancelEvent, cancelling] = useMutation(cancelEventMutation, { update: (cache) => evictEventLists(cache, ['events', 'myEvents']) });
  const cancelled = event.status === 'CANCELLED';
  const now = useNow();
  const started = new Date(event.startsAt).getTime() <= now;
  const ended = new Date(event.endsAt).getTime() <= now;

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { data } = await client.query({ query: eventRegistrantsCsvQuery, variables: { eventId: event.id }, fetchPolicy: 'network-only' });
      if (data) {
        downloadTextFile(`${fileSlug(event.title)}-registrants.csv`, data.eventRegistrantsCsv, 'text/csv');
        setStatus(t('events.organiser.exported'));
      }
    } catch (error) {
      notify({ title: t('events.organiser.exportFailed'), message: describe(error), color: 'red' });
    } finally {
      setExporting(false);
    }
  };

  const confirmCancel = async () => {
    try {
      await cancelEvent({ variables: { id: event.id } });
      setStatus(t('events.organiser.cancelledEvent'));
    } catch (error) {
      notify({ title: t('events.organiser.cancelFailed'), message: describe(error), color: 'red' });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <SectionPanel headingId="organiser-heading" title={t('events.organiser.heading')} lead={t('events.organiser.lead')}>
      <Stack gap="lg">
        <Group gap="sm">
          {!cancelled ? (
            <Button component={Link} to={`/events/${event.id}/edit`} variant="light">
              {t('events.organiser.edit')}
            </Button>
          ) : null}
          <Button variant="default" onClick={() => void exportCsv()} loading={exporting}>
            {t('events.organiser.export')}
          </Button>
          {!cancelled && !ended ? (
            <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
              {t('events.organiser.cancelEvent')}
            </Button>
          ) : null}
        </Group>
        <LiveStatus>{status}</LiveStatus>
        {!started && !cancelled ? <Text size="sm">{t('events.organiser.attendanceLater')}</Text> : null}
        <RegistrantsTable eventId={event.id} attendanceOpen={started && !cancelled} onAnnounce={setStatus} />
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('events.organiser.cancelTitle')}
        message={t('events.organiser.cancelMessage', { count: event.confirmedCount + event.waitlistCount })}
        confirmLabel={t('events.organiser.cancelEvent')}
        cancelLabel={t('events.organiser.keepEvent')}
        loading={cancelling.loading}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirmCancel()}
      />
    </SectionPanel>
  );
}
