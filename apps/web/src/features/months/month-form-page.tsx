import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, LoadingState, PageHeader, useNotify } from '@liblab/web-ui';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { useSession } from '../../session/use-session';
import { QueryError } from '../../shared/query-error';
import { MonthForm } from './month-form';
import { toLocalInputValue } from './month-time';
import { createMonthMutation, monthEditQuery, updateMonthMutation } from './months.operations';

const FORBIDDEN = { code: 'FORBIDDEN', message: '', fields: [] } as const;

/** The next whole hour and a month later: a sensible start for a new month, changed in a moment if not. */
function defaultDates(): { startsAt: string; endsAt: string } {
  const start = new Date();
  start.setHours(start.getHours() + 1, 0, 0, 0);
  const end = new Date(start);
  end.setMonth(end.getMonth() + 1);
  return { startsAt: toLocalInputValue(start.toISOString()), endsAt: toLocalInputValue(end.toISOString()) };
}

function NewMonth() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { canManageMonths: canManage } = useSession();
  const [createMonth] = useMutation(createMonthMutation);
  if (!canManage) {
    return (
      <>
        <PageHeader title={t('monthForm.newTitle')} />
        <Text mb="md">{t('monthForm.notAllowed')}</Text>
        <ErrorState problem={FORBIDDEN} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('monthForm.newTitle')} description={t('monthForm.newLead')} />
      <MonthForm
        initialValues={{ title: '', theme: '', description: '', ...defaultDates(), coverImageUrl: '', answerHours: 48 }}
        submitLabel={t('monthForm.create')}
        onCancel={() => void navigate('/months')}
        onSubmit={async (input) => {
          const result = await createMonth({ variables: { input } });
          const id = result.data?.createMonth.id;
          if (!id) return;
          notify({ message: t('monthForm.created'), color: 'teal' });
          await navigate(`/months/${id}`);
        }}
      />
    </>
  );
}

function EditMonth({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(monthEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateMonth] = useMutation(updateMonthMutation);
  const month = data?.month;
  if (!month) {
    return (
      <>
        <PageHeader title={t('months.edit')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  if (!month.viewerCanManage || month.status === 'ARCHIVED') {
    return (
      <>
        <PageHeader title={t('monthForm.editTitle', { title: month.title })} />
        <Text mb="md">{month.status === 'ARCHIVED' ? t('monthForm.archived') : t('monthForm.notAllowed')}</Text>
        <ErrorState problem={FORBIDDEN} />
      </>
    );
  }
  const locked = month.status === 'OPEN' || month.status === 'WRAP_UP';
  return (
    <>
      <PageHeader title={t('monthForm.editTitle', { title: month.title })} />
      <MonthForm
        initialValues={{
          title: month.title,
          theme: month.theme,
          description: month.description,
          startsAt: toLocalInputValue(month.startsAt),
          endsAt: toLocalInputValue(month.endsAt),
          coverImageUrl: month.coverImageUrl ?? '',
          answerHours: month.answerHours,
        }}
        answerHoursLocked={locked}
        submitLabel={t('monthForm.save')}
        onCancel={() => void navigate(`/months/${id}`)}
        onSubmit={async (input) => {
          // Experts are left out, so the API keeps them as they are (they are managed on the month's page).
          await updateMonth({ variables: { id, input } });
          notify({ message: t('monthForm.saved'), color: 'teal' });
          await navigate(`/months/${id}`);
        }}
      />
    </>
  );
}

/** /months/new: coordinators and admins start a month as a draft. */
export function NewMonthPage() {
  return (
    <RequireSignIn>
      <NewMonth />
    </RequireSignIn>
  );
}

/** /months/:id/edit: coordinators and admins change a month until it is archived. */
export function EditMonthPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <EditMonth key={id} id={id} />
    </RequireSignIn>
  );
}
