import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { LoadingState, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { AskWithinForm } from '../questions/ask-within-form';
import { askAtEventMutation, eventAskQuery } from './events.operations';

function EventAsk({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(eventAskQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // The event's counts and its question list change with the new question.
  const [askAtEvent] = useMutation(askAtEventMutation, { refetchQueries: ['EventPage', 'EventQuestions', 'QuestionList'] });
  const event = data?.event;

  if (!event) {
    return (
      <>
        <PageHeader title={t('eventFollowup.ask')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  const backLink = (
    <Anchor component={Link} to={`/events/${event.id}`}>
      {t('eventFollowup.backToEvent')}
    </Anchor>
  );

  if (!event.viewerCanAskQuestion) {
    return (
      <>
        <PageHeader title={t('eventFollowup.askTitle', { title: event.title })} />
        <Stack gap="sm">
          <Text role="status">{event.questionsOpen ? t('eventFollowup.askNotAllowed') : t('eventFollowup.askClosedTitle')}</Text>
          {backLink}
        </Stack>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('eventFollowup.askTitle', { title: event.title })} description={t('eventFollowup.askLead')} actions={backLink} />
      <AskWithinForm
        submitLabel={t('eventFollowup.publish')}
        publishedMessage={t('eventFollowup.published')}
        cancelTo={`/events/${event.id}`}
        ask={async (input) => (await askAtEvent({ variables: { eventId: event.id, input } })).data?.askAtEvent.id}
        // CONFLICT: not started, closed or cancelled meanwhile; FORBIDDEN: the place was given up meanwhile.
        refusedCodes={['CONFLICT', 'FORBIDDEN']}
        refused={{ title: t('eventFollowup.askClosedTitle'), body: t('eventFollowup.askClosedBody'), askElsewhere: t('eventFollowup.askElsewhere') }}
      />
    </>
  );
}

/** /events/:id/ask: a question asked at an event, joining its Q&A thread that is answered afterwards. */
export function EventAskPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <EventAsk key={id} id={id} />
    </RequireSignIn>
  );
}
