import { notifications, type NotificationData } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** Shows a toast whose close button has a translated name (Mantine's own has none). */
export function useNotify(): (data: NotificationData) => string {
  const { t } = useTranslation('ui');
  return (data) => notifications.show({ ...data, closeButtonProps: { 'aria-label': t('close'), ...data.closeButtonProps } });
}
