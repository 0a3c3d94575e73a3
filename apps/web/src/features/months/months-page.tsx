import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { EmptyState, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { useSession } from '../../session/use-session';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { MonthCard } from './month-card';
import { monthListQuery } from './months.operations';

interface MonthSectionProps {
  which: 'current' | 'past';
  headingId: string;
  heading: string;
  loadMoreLabel: string;
  emptyTitle: string;
  emptyBody: string;
}

/** One of the two lists: months not ended yet (soonest first) or ended ones (newest first), 20 at a time. */
function MonthSection({ which, headingId, heading, loadMoreLabel, emptyTitle, emptyBody }: MonthSectionProps) {
  const { t } = useTranslation();
  const { data, networkStatus, error, fetchMore, refetch } = useQuery(monthListQuery, {
    variables: { filter: which === 'current' ? { current: true } : { past: true } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const months = data?.months;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  return (
    <ResultsSection headingId={headingId} heading={heading} updating={false}>
      <ConnectionResults
        connection={months}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('months.loading')}
        empty={<EmptyState title={emptyTitle} description={emptyBody} />}
        loadingMore={loadingMore}
        onLoadMore={(after) => void fetchMore({ variables: { after } })}
        loadMoreLabel={loadMoreLabel}
      >
        {(nodes) => (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {nodes.map((month) => (
              <li key={month.id}>
                <MonthCard month={month} />
              </li>
            ))}
          </Stack>
        )}
      </ConnectionResults>
    </ResultsSection>
  );
}

function MonthLists() {
  const { t } = useTranslation();
  const { canManageMonths: canManage } = useSession();
  return (
    <Stack gap="xl">
      <MonthSection
        which="current"
        headingId="current-months"
        heading={t('months.currentHeading')}
        loadMoreLabel={t('months.loadMoreCurrent')}
        emptyTitle={t('months.emptyCurrentTitle')}
        emptyBody={canManage ? t('months.emptyCurrentManager') : t('months.emptyCurrentBody')}
      />
      <MonthSection
        which="past"
        headingId="past-months"
        heading={t('months.pastHeading')}
        loadMoreLabel={t('months.loadMorePast')}
        emptyTitle={t('months.emptyPastTitle')}
        emptyBody={t('months.emptyPastBody')}
      />
    </Stack>
  );
}

/** /months: running and upcoming months first, then past ones; coordinators start a new one here. */
export function MonthsPage() {
  const { t } = useTranslation();
  const { canManageMonths: canManage } = useSession();
  return (
    <>
      <PageHeader
        title={t('months.title')}
        description={t('months.lead')}
        actions={
          canManage ? (
            <Button component={Link} to="/months/new">
              {t('months.create')}
            </Button>
          ) : null
        }
      />
      <RequireSignIn>
        <MonthLists />
      </RequireSignIn>
    </>
  );
}
