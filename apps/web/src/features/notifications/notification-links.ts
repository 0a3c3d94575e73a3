import type { NotificationFieldsFragment } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';

/**
 * The page a notification opens: its question or inspiration (as the API's mail links do), at the answer
 * when it is about one, or the event page for notifications about an event. Null when the post is gone.
 */
export function notificationPath(notification: Pick<NotificationFieldsFragment, 'post' | 'content' | 'event'>): string | null {
  const { post, content, event } = notification;
  if (event) return `/events/${event.id}`;
  if (!post) return null;
  const base = post.__typename === 'Question' ? `/questions/${post.id}` : `/inspirations/${post.id}`;
  return content?.__typename === 'Answer' ? `${base}#answer-${content.id}` : base;
}

/** One sentence for a notification: who did what, and to which post or event. */
export function useDescribeNotification(): (notification: NotificationFieldsFragment) => string {
  const { t } = useTranslation();
  return (notification) =>
    t(`notifications.kind.${notification.kind}`, {
      actor: notification.actor?.name ?? t('notifications.someone'),
      title: notification.post?.title ?? notification.event?.title ?? t('notifications.deleted'),
    });
}
