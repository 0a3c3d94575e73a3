import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Stack, Text } from '@mantine/core';
import { ConfirmDialog, LiveStatus, LoadingState, SectionPanel, useNotify } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../shared/query-error';
import { useErrorMessage } from '../../shared/use-error-message';
import { CalendarFeedAddress } from './calendar-feed-address';
import { myCalendarFeedQuery, rotateCalendarTokenMutation } from './calendar.operations';

/**
 * /my-events: the member's private feed of their places and waitlist spots. The address is a secret (it
 * carries the webinars' join links), so it can be replaced: the old one answers 404 at once, which the
 * confirmation says. The new address replaces the old in the cache and is announced politely.
 */
export function MyCalendarFeed() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const describe = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(myCalendarFeedQuery);
  const [rotate, { loading: rotating }] = useMutation(rotateCalendarTokenMutation, {
    // CalendarFeed has no id, so Apollo cannot match it by itself: the query's answer is written over.
    update(cache, { data: rotated }) {
      if (rotated) cache.writeQuery({ query: myCalendarFeedQuery, data: { __typename: 'Query', myCalendarFeed: rotated.rotateCalendarToken } });
    },
  });
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const feed = data?.myCalendarFeed;

  const confirmRotate = async () => {
    setNotice('');
    try {
      await rotate();
      setNotice(t('calendar.mine.rotated'));
    } catch (rotateError) {
      notify({ title: t('calendar.mine.rotateFailed'), message: describe(rotateError), color: 'red' });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Box mt="xl">
      <SectionPanel headingId="my-calendar-feed-heading" title={t('calendar.mine.heading')} lead={t('calendar.mine.lead')} spacing="md">
        {feed ? (
          <Stack gap="md">
            <Alert color="yellow" variant="light">
              {t('calendar.mine.secret')}
            </Alert>
            <CalendarFeedAddress
              url={feed.url}
              label={t('calendar.mine.addressLabel')}
              subscribeLabel={t('calendar.mine.subscribe')}
              description={t('calendar.howTo')}
            />
            <Text size="sm">
              {t('calendar.mine.createdAt', {
                date: new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(feed.createdAt)),
              })}
            </Text>
            <LiveStatus>{notice}</LiveStatus>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('calendar.mine.rotateHint')}</Text>
              <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
                {t('calendar.mine.rotate')}
              </Button>
            </Stack>
          </Stack>
        ) : loading ? (
          <LoadingState label={t('calendar.mine.loading')} />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )}
      </SectionPanel>
      <ConfirmDialog
        opened={confirming}
        title={t('calendar.mine.confirmTitle')}
        message={t('calendar.mine.confirmBody')}
        confirmLabel={t('calendar.mine.confirm')}
        cancelLabel={t('calendar.mine.keep')}
        loading={rotating}
        onConfirm={() => void confirmRotate()}
        onCancel={() => setConfirming(false)}
      />
    </Box>
  );
}
