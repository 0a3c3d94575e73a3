import { useMutation, useQuery } from '@apollo/client/react';
import { NOTIFICATION_KINDS } from '@liblab/domain';
import type { NotificationKind } from '@liblab/web-graphql';
import { FormAlert, LiveStatus, LoadingState, PageHeader } from '@liblab/web-ui';
import { Anchor, Button, Fieldset, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { useErrorMessage } from '../../shared/use-error-message';
import { notificationPreferencesQuery, updateNotificationPreferencesMutation } from './notifications.operations';

/** The kinds in the order the domain lists them, as the API spells them. */
const KINDS = NOTIFICATION_KINDS.map((kind) => kind.toUpperCase() as NotificationKind);

type Choices = Record<NotificationKind, boolean>;

function PreferencesForm({ saved }: { saved: Choices }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [choices, setChoices] = useState<Choices>(saved);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(updateNotificationPreferencesMutation, {
    // What the API kept becomes the saved state (and "unsaved changes" goes away).
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: notificationPreferencesQuery, data: { __typename: 'Query', notificationPreferences: data.updateNotificationPreferences } });
    },
  });
  const changed = KINDS.some((kind) => choices[kind] !== saved[kind]);

  const submit = async () => {
    setStatus('');
    setFailure(null);
    try {
      await update({ variables: { input: { preferences: KINDS.map((kind) => ({ kind, email: choices[kind] })) } } });
      setStatus(t('notificationSettings.saved'));
    } catch (error) {
      // The person's choices stay as they set them, so saving again is one click.
      setFailure(describe(error));
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack gap="md">
        <Fieldset legend={t('notificationSettings.legend')}>
          <Stack gap="sm">
            {KINDS.map((kind) => (
              <Switch
                key={kind}
                label={t(`notificationSettings.kind.${kind}`)}
                checked={choices[kind]}
                onChange={(event) => {
                  const email = event.currentTarget.checked;
                  setStatus('');
                  setChoices((previous) => ({ ...previous, [kind]: email }));
                }}
              />
            ))}
          </Stack>
        </Fieldset>
        {failure ? <FormAlert title={t('notificationSettings.saveFailed')}>{failure}</FormAlert> : null}
        <LiveStatus>{status}</LiveStatus>
        <Group>
          <Button type="submit" loading={loading}>
            {t('notificationSettings.save')}
          </Button>
          {changed ? <Text size="sm">{t('notificationSettings.unsaved')}</Text> : null}
        </Group>
      </Stack>
    </form>
  );
}

function Preferences() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(notificationPreferencesQuery, { fetchPolicy: 'network-only' });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={t('notificationSettings.loading')} />;
  const saved = Object.fromEntries(KINDS.map((kind) => [kind, false])) as Choices;
  for (const preference of data.notificationPreferences) saved[preference.kind] = preference.email;
  return <PreferencesForm saved={saved} />;
}

/** /settings/notifications (linked from every notification mail): which notifications are also emailed. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('notificationSettings.title')}
        description={t('notificationSettings.lead')}
        actions={
          <Anchor component={Link} to="/notifications">
            {t('notifications.title')}
          </Anchor>
        }
      />
      <RequireSignIn>
        <Paper withBorder p="lg" maw={640}>
          <Preferences />
        </Paper>
      </RequireSignIn>
    </>
  );
}
