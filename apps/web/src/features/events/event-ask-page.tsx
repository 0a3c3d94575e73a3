import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { readApiProblem } from '@liblab/web-graphql';
import { LoadingState, PageHeader, useNotify } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isDomainLanguage, toApiLanguage } from '../../i18n/language-codes';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { PostForm, type PostFormValues } from '../knowledge/post-form';
import { askAtEventMutation, eventAskQuery } from './events.operations';

function EventAsk({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(eventAskQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // The event's counts and its question list change with the new question.
  const [askAtEvent] = useMutation(askAtEventMutation, { refetchQueries: ['EventPage', 'EventQuestions', 'QuestionList'] });
  // The event stopped taking questions while this one was written: say so above the form, which keeps the text.
  const [refused, setRefused] = useState(false);
  const event = data?.event;
  const resolved = i18n.resolvedLanguage;
  const language = toApiLanguage(isDomainLanguage(resolved) ? resolved : 'en');

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

  if (!event.viewerCanAskQuestion && !refused) {
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
      {refused ? (
        <Alert color="red" variant="light" role="alert" mb="md" title={t('eventFollowup.askClosedTitle')}>
          <Stack gap="xs">
            <Text>{t('eventFollowup.askClosedBody')}</Text>
            <Anchor component={Link} to="/questions/new">
              {t('eventFollowup.askElsewhere')}
            </Anchor>
          </Stack>
        </Alert>
      ) : null}
      {/* The question form of /questions/new: on an error the fields keep what was typed and say what to fix. */}
      <PostForm
        kind="question"
        initialValues={{ title: '', summary: '', body: '', language, tags: [], links: [], attachments: [] } satisfies PostFormValues}
        submitLabel={t('eventFollowup.publish')}
        onCancel={() => void navigate(`/events/${event.id}`)}
        onSubmit={async (values) => {
          const input = { title: values.title.trim(), body: values.body, language: values.language, tags: values.tags.map((tag) => tag.trim()) };
          setRefused(false);
          let result;
          try {
            result = await askAtEvent({ variables: { eventId: event.id, input } });
          } catch (error) {
            // CONFLICT (not started, closed, cancelled) or FORBIDDEN (no confirmed place): the text stays.
            const { code } = readApiProblem(error);
            if (code !== 'CONFLICT' && code !== 'FORBIDDEN') throw error;
            setRefused(true);
            return;
          }
          const questionId = result.data?.askAtEvent.id;
          if (!questionId) return;
          notify({ message: t('eventFollowup.published'), color: 'teal' });
          await navigate(`/questions/${questionId}`);
        }}
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
