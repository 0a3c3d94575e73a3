import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Add to calendar": the event's own .ics file (times in its zone, a link back here), for any calendar app. */
export function AddToCalendar({ calendarUrl }: { calendarUrl: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Button component="a" href={calendarUrl} download variant="light" aria-describedby="add-to-calendar-hint">
        {t('eventFollowup.addToCalendar')}
      </Button>
      <Text id="add-to-calendar-hint" size="sm" c="gray.8">
        {t('eventFollowup.addToCalendarHint')}
      </Text>
    </Stack>
  );
}
