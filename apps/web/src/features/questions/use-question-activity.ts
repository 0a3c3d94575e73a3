import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../knowledge/announcer';
import { questionActivitySubscription } from './questions.operations';

const REFRESH_DELAY_MS = 400;

/**
 * Live question page (graphql-ws): any activity on the question (answers, comments, votes, acceptance)
 * refetches the page's queries once the burst settles, and a new answer is announced in the page's live region.
 */
export function useQuestionActivity(questionId: string): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const client = useApolloClient();
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useSubscription(questionActivitySubscription, {
    variables: { questionId },
    skip: !questionId,
    onData: ({ data }) => {
      const activity = data.data?.questionActivity;
      if (!activity) return;
      if (activity.kind === 'ANSWER_ADDED') {
        announce(t('questions.live.newAnswer', { name: activity.answer?.author?.name ?? t('questions.live.someone') }));
      }
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        void client.refetchQueries({ include: ['QuestionPage', 'QuestionAnswers', 'ContentComments'] });
      }, REFRESH_DELAY_MS);
    },
  });
}
