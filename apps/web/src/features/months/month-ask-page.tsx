import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { LoadingState, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { AskWithinForm } from '../questions/ask-within-form';
import { formatHours } from './month-time';
import { askInMonthMutation, monthAskQuery } from './months.operations';

function MonthAsk({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(monthAskQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [askInMonth] = useMutation(askInMonthMutation, { refetchQueries: ['QuestionList'] });
  const month = data?.month;
  const resolved = i18n.resolvedLanguage;

  if (!month) {
    return (
      <>
        <PageHeader title={t('months.ask')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  const backLink = (
    <Anchor component={Link} to={`/months/${month.id}`}>
      {t('monthAsk.backToMonth')}
    </Anchor>
  );

  if (month.status !== 'OPEN') {
    return (
      <>
        <PageHeader title={t('monthAsk.title', { title: month.title })} />
        <Stack gap="sm">
          <Text role="status">{t('monthAsk.notOpen', { status: t(`months.statuses.${month.status}`) })}</Text>
          {backLink}
        </Stack>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('monthAsk.title', { title: month.title })}
        description={t('monthAsk.lead', { duration: formatHours(month.answerHours, resolved ?? 'en') })}
        actions={backLink}
      />
      <AskWithinForm
        submitLabel={t('monthAsk.publish')}
        publishedMessage={t('monthAsk.published')}
        cancelTo={`/months/${month.id}`}
        ask={async (input) => (await askInMonth({ variables: { monthId: month.id, input } })).data?.askInMonth.id}
        // The API's CONFLICT on `monthId`: the month is no longer open. Other problems go under their fields.
        refusedCodes={['CONFLICT']}
        refused={{ title: t('monthAsk.closedTitle'), body: t('monthAsk.closedBody'), askElsewhere: t('monthAsk.askElsewhere') }}
      />
    </>
  );
}

/** /months/:id/ask: a question asked within the month, promised an expert answer in the month's time. */
export function MonthAskPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <MonthAsk key={id} id={id} />
    </RequireSignIn>
  );
}
