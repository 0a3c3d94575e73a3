import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { RelativeTime, useNotify } from '@liblab/web-ui';
import { ActionIcon, Indicator, Menu, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notificationPath, useDescribeNotification } from './notification-links';
import {
  latestNotificationsQuery,
  markNotificationReadMutation,
  notificationAddedSubscription,
  unreadNotificationCountQuery,
} from './notifications.operations';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" />
    </svg>
  );
}

/** The queries that show notifications, read again when one arrives or is marked read. */
export const NOTIFICATION_QUERIES = ['UnreadNotificationCount', 'LatestNotifications', 'NotificationList'];

/**
 * The header's bell for a signed-in member: the unread count, kept live by the `notificationAdded`
 * subscription (a toast and a polite announcement for each new one), and a menu of the latest few.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const notify = useNotify();
  const describe = useDescribeNotification();
  const [opened, setOpened] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const { data: countData } = useQuery(unreadNotificationCountQuery);
  const { data: latestData, loading: latestLoading } = useQuery(latestNotificationsQuery, { skip: !opened, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(markNotificationReadMutation, { refetchQueries: ['UnreadNotificationCount'] });

  useSubscription(notificationAddedSubscription, {
    onData: ({ data }) => {
      const added = data.data?.notificationAdded;
      if (!added) return;
      client.cache.writeQuery({ query: unreadNotificationCountQuery, data: { __typename: 'Query', unreadNotificationCount: added.unreadNotificationCount } });
      void client.refetchQueries({ include: ['LatestNotifications', 'NotificationList'] });
      if (!added.notification) return;
      const message = describe(added.notification);
      setAnnouncement(`${t('notifications.newOne')}: ${message}`);
      notify({ title: t('notifications.newOne'), message, color: 'indigo' });
    },
  });

  const count = countData?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  const latest = latestData?.notifications.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      {/* The number is for the eye; the button's name says it in words. */}
      <Indicator label={<span aria-hidden="true">{count > 99 ? '99+' : count}</span>} size={18} disabled={count === 0} color="red.9" offset={4}>
      <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened} width={340}>
        <Menu.Target>
          <ActionIcon variant="subtle" size="lg" aria-label={label} data-testid="notification-bell">
            <BellIcon />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown aria-label={t('notifications.latest')}>
          <Menu.Label>{t('notifications.latest')}</Menu.Label>
          {latest.length === 0 ? (
            <Text size="sm" px="sm" py={6}>
              {latestLoading ? t('notifications.loading') : t('notifications.none')}
            </Text>
          ) : (
            latest.map((notification) => {
              const path = notificationPath(notification);
              const content = (
                <>
                  <Text size="sm" inherit>
                    {notification.read ? null : <VisuallyHidden>{t('notifications.unread')}: </VisuallyHidden>}
                    {describe(notification)}
                  </Text>
                  <Text size="xs" c="gray.8">
                    <RelativeTime value={notification.createdAt} />
                  </Text>
                </>
              );
              const onClick = () => {
                if (!notification.read) void markRead({ variables: { id: notification.id } });
              };
              return path ? (
                <Menu.Item key={notification.id} component={Link} to={path} onClick={onClick} fw={notification.read ? 400 : 700}>
                  {content}
                </Menu.Item>
              ) : (
                <Menu.Item key={notification.id} onClick={onClick} fw={notification.read ? 400 : 700}>
                  {content}
                </Menu.Item>
              );
            })
          )}
          <Menu.Divider />
          <Menu.Item component={Link} to="/notifications">
            {t('notifications.seeAll')}
          </Menu.Item>
          <Menu.Item component={Link} to="/settings/notifications">
            {t('notifications.settings')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      </Indicator>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
