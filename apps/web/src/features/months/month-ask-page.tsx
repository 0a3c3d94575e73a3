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
import { formatHours } from './month-time';
import { askInMonthMutation, monthAskQuery } from './months.operations';

function MonthAsk({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(monthAskQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [askInMonth] = useMutation(askInMonthMutation, { refetchQueries: ['QuestionList'] });
  // The month moved on while the question was being written: say so above the form, which keeps the text.
  const [closedMeanwhile, setClosedMeanwhile] = useState(false);
  const month = data?.month;
  const resolved = i18n.resolvedLanguage;
  const language = toApiLanguage(isDomainLanguage(resolved) ? resolved : 'en');

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
      {closedMeanwhile ? (
        <Alert color="red" variant="light" role="alert" mb="md" title={t('monthAsk.closedTitle')}>
          <Stack gap="xs">
            <Text>{t('monthAsk.closedBody')}</Text>
            <Anchor component={Link} to="/questions/new">
              {t('monthAsk.askElsewhere')}
            </Anchor>
          </Stack>
        </Alert>
      ) : null}
      {/* The question form of /questions/new: on an error the fields keep what was typed and say what to fix. */}
      <PostForm
        kind="question"
        initialValues={{ title: '', summary: '', body: '', language, tags: [], links: [], attachments: [] } satisfies PostFormValues}
        submitLabel={t('monthAsk.publish')}
        onCancel={() => void navigate(`/months/${month.id}`)}
        onSubmit={async (values) => {
          const input = { title: values.title.trim(), body: values.body, language: values.language, tags: values.tags.map((tag) => tag.trim()) };
          setClosedMeanwhile(false);
          let result;
          try {
            result = await askInMonth({ variables: { monthId: month.id, input } });
          } catch (error) {
            // The API's CONFLICT on `monthId`: the month is no longer open. Other problems go under their fields.
            if (readApiProblem(error).code !== 'CONFLICT') throw error;
            setClosedMeanwhile(true);
            return;
          }
          const questionId = result.data?.askInMonth.id;
          if (!questionId) return;
          notify({ message: t('monthAsk.published'), color: 'teal' });
          await navigate(`/questions/${questionId}`);
        }}
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
