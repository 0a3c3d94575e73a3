import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, PageHeader, useNotify } from '@liblab/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { useSession } from '../../session/use-session';
import { QueryError } from '../../shared/query-error';
import { EventForm } from './event-form';
import { emptyEventValues, eventToValues } from './event-form-values';
import { evictEventLists } from './evict-event-lists';
import { createEventMutation, eventFormQuery, updateEventMutation } from './events.operations';
import { browserTimeZone } from './zoned-time';

function Forbidden({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <ErrorState problem={{ code: 'FORBIDDEN', message: '', fields: [] }} />
    </>
  );
}

function NewEvent() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { canManageEvents } = useSession();
  const initialValues = useMemo(() => emptyEventValues(browserTimeZone()), []);
  const [createEvent] = useMutation(createEventMutation, { update: (cache) => evictEventLists(cache, ['events']) });
  if (!canManageEvents) return <Forbidden title={t('events.form.newTitle')} />;
  return (
    <>
      <PageHeader title={t('events.form.newTitle')} description={t('events.form.newLead')} />
      <EventForm
        isNew
        initialValues={initialValues}
        submitLabel={t('events.form.create')}
        onCancel={() => void navigate('/events')}
        onSubmit={async (input) => {
          const result = await createEvent({ variables: { input } });
          const id = result.data?.createEvent.id;
          if (!id) return;
          notify({ message: t('events.form.created'), color: 'teal' });
          await navigate(`/events/${id}`);
        }}
      />
    </>
  );
}

function EditEvent({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(eventFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateEvent] = useMutation(updateEventMutation, { update: (cache) => evictEventLists(cache, ['events', 'myEvents']) });
  const event = data?.event;
  const initialValues = useMemo(() => (event ? eventToValues(event) : null), [event]);
  if (!event || !initialValues) {
    return (
      <>
        <PageHeader title={t('events.form.editTitle')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  if (!event.viewerCanManage) return <Forbidden title={t('events.form.editTitle')} />;
  if (event.status === 'CANCELLED') {
    return (
      <>
        <PageHeader title={t('events.form.editTitle')} description={event.title} />
        <EmptyState
          title={t('events.form.cancelledTitle')}
          description={t('events.form.cancelledBody')}
          action={
            <Button component={Link} to={`/events/${id}`} variant="default">
              {t('events.form.backToEvent')}
            </Button>
          }
        />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('events.form.editTitle')} description={event.title} />
      <EventForm
        isNew={false}
        confirmedCount={event.confirmedCount}
        initialValues={initialValues}
        submitLabel={t('events.form.save')}
        onCancel={() => void navigate(`/events/${id}`)}
        onSubmit={async (input) => {
          await updateEvent({ variables: { id, input } });
          notify({ message: t('events.form.saved'), color: 'teal' });
          await navigate(`/events/${id}`);
        }}
      />
    </>
  );
}

/** /events/new: coordinators and admins schedule a meetup, webinar or convention. */
export function NewEventPage() {
  return (
    <RequireSignIn>
      <NewEvent />
    </RequireSignIn>
  );
}

/** /events/:id/edit: the whole event, replaced on save (more places promote the waitlist at once). */
export function EditEventPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <EditEvent key={id} id={id} />
    </RequireSignIn>
  );
}
