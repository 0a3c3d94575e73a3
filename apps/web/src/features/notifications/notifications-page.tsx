import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import type { NotificationFieldsFragment } from '@liblab/web-graphql';
import { EmptyState, FormattedDate, LiveStatus, PageHeader, RelativeTime } from '@liblab/web-ui';
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { useUrlFilters } from '../../shared/filters/use-url-filters';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { useErrorMessage } from '../../shared/use-error-message';
import { NOTIFICATION_QUERIES } from './notification-bell';
import { notificationPath, useDescribeNotification } from './notification-links';
import { markAllNotificationsReadMutation, markNotificationReadMutation, notificationListQuery } from './notifications.operations';

function NotificationItem({ notification, onMarkRead }: { notification: NotificationFieldsFragment; onMarkRead: (id: string) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeNotification();
  const path = notificationPath(notification);
  const text = describe(notification);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={notification.read ? undefined : 'indigo.0'}
      style={notification.read ? undefined : { borderLeft: '4px solid var(--mantine-color-indigo-9)' }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            {notification.read ? null : (
              <Badge color="indigo.9" variant="filled" size="xs">
                {t('notifications.unread')}
              </Badge>
            )}
            <Text fw={notification.read ? 400 : 700}>
              {path ? (
                <Anchor component={Link} to={path} inherit onClick={() => (notification.read ? undefined : onMarkRead(notification.id))}>
                  {text}
                </Anchor>
              ) : (
                text
              )}
            </Text>
          </Group>
          <Text size="xs" c="gray.8">
            <RelativeTime value={notification.createdAt} /> · <FormattedDate value={notification.createdAt} withTime />
          </Text>
        </Stack>
        {notification.read ? null : (
          <Button size="compact-xs" variant="outline" onClick={() => onMarkRead(notification.id)} aria-label={`${t('notifications.markRead')}: ${text}`}>
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

function NotificationList() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const { filters, update } = useUrlFilters((params) => ({ show: params.get('show') === 'unread' ? 'unread' : 'all' }));
  const unreadOnly = filters.show === 'unread';
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(notificationListQuery, {
    variables: { unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(markNotificationReadMutation, { refetchQueries: NOTIFICATION_QUERIES });
  const [markAll, { loading: markingAll }] = useMutation(markAllNotificationsReadMutation, { refetchQueries: NOTIFICATION_QUERIES });
  const list = (data ?? previousData)?.notifications;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const hasUnread = list?.edges.some((edge) => !edge.node.read) ?? false;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setFailure('');
    try {
      await action();
      setStatus(done);
    } catch (problem) {
      setFailure(describeError(problem));
    }
  };

  return (
    <>
      <Group justify="space-between" mb="md" wrap="wrap">
        <SegmentedControl
          aria-label={t('notifications.show')}
          value={filters.show}
          onChange={(value) => update({ show: value === 'unread' ? 'unread' : null })}
          data={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
        />
        <Group gap="sm">
          <Button variant="default" loading={markingAll} disabled={!hasUnread} onClick={() => void run(() => markAll(), t('notifications.markedAllRead'))}>
            {t('notifications.markAllRead')}
          </Button>
          <Button variant="subtle" component={Link} to="/settings/notifications">
            {t('notifications.settings')}
          </Button>
        </Group>
      </Group>
      <LiveStatus>{status}</LiveStatus>
      {failure ? (
        <Text c="red.9" role="alert" mb="sm">
          {failure}
        </Text>
      ) : null}
      <ResultsSection
        headingId="notification-results"
        heading={list ? t('notifications.found', { count: list.totalCount }) : t('notifications.title')}
        updating={loading && !!list && !loadingMore}
      >
        <ConnectionResults
          connection={list}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('notifications.loading')}
          empty={
            unreadOnly ? (
              <EmptyState title={t('notifications.emptyUnreadTitle')} description={t('notifications.emptyUnreadBody')} />
            ) : (
              <EmptyState title={t('notifications.emptyTitle')} description={t('notifications.emptyBody')} />
            )
          }
          loadingMore={loadingMore}
          onLoadMore={(after) => void fetchMore({ variables: { after } })}
          loadMoreLabel={t('notifications.loadMore')}
        >
          {(nodes) => (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {nodes.map((notification) => (
                <li key={notification.id}>
                  <NotificationItem
                    notification={notification}
                    onMarkRead={(id) => void run(() => markRead({ variables: { id } }), t('notifications.markedRead'))}
                  />
                </li>
              ))}
            </Stack>
          )}
        </ConnectionResults>
      </ResultsSection>
    </>
  );
}

/** /notifications: everything the member was told, newest first; unread only, mark read, mark all read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notifications.title')} description={t('notifications.lead')} />
      <RequireSignIn>
        <NotificationList />
      </RequireSignIn>
    </>
  );
}
