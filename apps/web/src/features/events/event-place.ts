import { useTranslation } from 'react-i18next';
import { regionName } from '../../i18n/vocabulary';

/** "Drammen, Buskerud", or "Online" for an event without a city (webinars). */
export function usePlaceName(): (event: { city?: string | null; region?: string | null }) => string {
  const { t } = useTranslation();
  return (event) => {
    if (!event.city) return t('events.online');
    return event.region ? `${event.city}, ${regionName(event.region)}` : event.city;
  };
}
