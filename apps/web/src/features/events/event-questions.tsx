import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { EmptyState, SectionPanel } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { QuestionCard } from '../questions/question-card';
import { eventQuestionsQuery, type EventPageData } from './events.operations';

type Event = NonNullable<EventPageData>;

/** Why the viewer cannot ask here, when the event takes questions at all. */
function AskState({ event, hasStarted }: { event: Event; hasStarted: boolean }) {
  const { t } = useTranslation();
  if (event.viewerCanAskQuestion) {
    return (
      <Button component={Link} to={`/events/${event.id}/ask`} style={{ alignSelf: 'flex-start' }}>
        {t('eventFollowup.ask')}
      </Button>
    );
  }
  if (event.status === 'CANCELLED') return null;
  if (!hasStarted) return <Text c="gray.8">{t('eventFollowup.askNotYet')}</Text>;
  return event.questionsOpen ? <Text c="gray.8">{t('eventFollowup.askOnlyRegistered')}</Text> : null;
}

function QuestionList({ event }: { event: Event }) {
  const { t } = useTranslation();
  const [unanswered, setUnanswered] = useState(false);
  const { data, previousData, networkStatus, error, fetchMore, refetch } = useQuery(eventQuestionsQuery, {
    variables: { id: event.id, ...(unanswered ? { unanswered: true } : {}) },
    // Answers come in after the event: show the cached page, then the latest.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const questions = (data ?? previousData)?.event?.questions ?? undefined;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  return (
    <>
      {event.questionCount > 0 ? (
        <SegmentedControl
          aria-label={t('eventFollowup.show')}
          value={unanswered ? 'unanswered' : 'all'}
          onChange={(value) => setUnanswered(value === 'unanswered')}
          data={[
            { value: 'all', label: t('eventFollowup.all') },
            { value: 'unanswered', label: t('eventFollowup.unanswered') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      <ConnectionResults
        connection={questions}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('eventFollowup.loading')}
        empty={
          <EmptyState
            title={t('eventFollowup.emptyTitle')}
            description={unanswered ? t('eventFollowup.emptyUnanswered') : event.questionsOpen ? t('eventFollowup.emptyOpen') : t('eventFollowup.emptyClosed')}
          />
        }
        loadingMore={loadingMore}
        onLoadMore={(after) => void fetchMore({ variables: { after } })}
        loadMoreLabel={t('eventFollowup.loadMore')}
      >
        {(nodes) => (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {nodes.map((question) => (
              <li key={question.id}>
                <QuestionCard question={question} />
              </li>
            ))}
          </Stack>
        )}
      </ConnectionResults>
    </>
  );
}

/**
 * The event's Q&A: questions asked during it, answered afterwards as ordinary questions. Shown once the
 * event takes questions or has some; visitors see how many there are and are asked to sign in.
 */
export function EventQuestions({ event, isSignedIn, hasStarted }: { event: Event; isSignedIn: boolean; hasStarted: boolean }) {
  const { t } = useTranslation();
  if (event.questionCount === 0 && !event.questionsOpen && !event.viewerCanAskQuestion) return null;
  const heading = event.questionCount > 0 ? t('eventFollowup.questionsHeading', { count: event.questionCount }) : t('eventFollowup.questionsHeadingPlain');
  return (
    <SectionPanel headingId="event-questions-heading" title={heading}>
      <Stack gap="md">
      <Text>
        {t('eventFollowup.questionsLead')}
        {event.unansweredQuestionCount > 0 ? ` ${t('eventFollowup.waiting', { count: event.unansweredQuestionCount })}.` : null}
      </Text>
      <AskState event={event} hasStarted={hasStarted} />
      {isSignedIn ? <QuestionList event={event} /> : <Text c="gray.8">{t('eventFollowup.signInToRead')}</Text>}
      </Stack>
    </SectionPanel>
  );
}
