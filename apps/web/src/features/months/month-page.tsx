import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { Detail, DetailList, LoadingState, PageHeader, SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { MonthCover } from './month-cover';
import { MonthDates } from './month-dates';
import { MonthEvents } from './month-events';
import { MonthExperts } from './month-experts';
import { MonthLifecycle } from './month-lifecycle';
import { MonthQuestions } from './month-questions';
import { MonthStats } from './month-stats';
import { MonthStatusBadge } from './month-status-badge';
import { formatHours, viewerTimeZone } from './month-time';
import { monthPageQuery, type MonthPageData } from './months.operations';

function MonthAbout({ month }: { month: MonthPageData }) {
  const { t, i18n } = useTranslation();
  return (
    <SectionPanel headingId="month-about-heading" title={t('months.about')}>
      <Stack gap="md">
        <MonthCover url={month.coverImageUrl} title={month.title} height={220} />
        <Text style={{ whiteSpace: 'pre-line' }}>{month.description || t('months.noDescription')}</Text>
        <DetailList>
          <Detail term={t('months.theme')}>{month.theme}</Detail>
          <Detail term={t('months.status')}>
            <MonthStatusBadge status={month.status} />
          </Detail>
          <Detail term={t('months.dates')}>
            <MonthDates startsAt={month.startsAt} endsAt={month.endsAt} withTime />
            <Text span size="sm" display="block">
              {t('months.yourTimeZone', { zone: viewerTimeZone() })}
            </Text>
          </Detail>
          <Detail term={t('months.answerTime')}>
            {t('months.answerTimeValue', { duration: formatHours(month.answerHours, i18n.resolvedLanguage ?? 'en') })}
          </Detail>
        </DetailList>
      </Stack>
    </SectionPanel>
  );
}

function MonthView({ id }: { id: string }) {
  const { t } = useTranslation();
  // Stats and status change as others ask, answer and move the month on: show the cached page, then the latest.
  const { data, loading, error, refetch } = useQuery(monthPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const month = data?.month;

  if (!month) {
    return (
      <>
        <PageHeader title={t('months.pageTitle')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={month.title}
        description={month.theme}
        actions={
          month.status === 'OPEN' ? (
            <Button component={Link} to={`/months/${month.id}/ask`}>
              {t('months.ask')}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        {month.status === 'ANNOUNCED' ? <Text>{t('months.askClosedAnnounced')}</Text> : null}
        {month.viewerCanManage ? (
          <MonthLifecycle monthId={month.id} status={month.status} answerHours={month.answerHours} onChanged={() => refetch()} />
        ) : null}
        {month.summaryInspiration ? (
          <SectionPanel headingId="month-summary-heading" title={t('months.summaryHeading')}>
            <Text>
              {t('months.summaryLead')}{' '}
              <Anchor component={Link} to={`/inspirations/${month.summaryInspiration.id}`}>
                {month.summaryInspiration.title}
              </Anchor>
            </Text>
          </SectionPanel>
        ) : null}
        <MonthAbout month={month} />
        <MonthStats stats={month.stats} />
        <MonthQuestions monthId={month.id} status={month.status} />
        <MonthEvents status={month.status} calendarUrl={month.calendarUrl} events={month.events} />
        <MonthExperts monthId={month.id} experts={month.experts} canManage={month.viewerCanManage && month.status !== 'ARCHIVED'} />
      </Stack>
    </>
  );
}

/** /months/:id: a thematic month with its promise, stats, questions, events and experts; coordinators move it on here. */
export function MonthPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <MonthView key={id} id={id} />
    </RequireSignIn>
  );
}
