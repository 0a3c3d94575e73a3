import { Anchor, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { MonthCardFieldsFragment } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MonthCover } from './month-cover';
import { MonthDates } from './month-dates';
import { MonthStatusBadge } from './month-status-badge';

/** A month in a list: its title as the link, theme, dates, status, expert count and cover. */
export function MonthCard({ month }: { month: MonthCardFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Grid gap="md" align="center">
        {month.coverImageUrl ? (
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <MonthCover url={month.coverImageUrl} title={month.title} height={120} />
          </Grid.Col>
        ) : null}
        <Grid.Col span={{ base: 12, sm: month.coverImageUrl ? 8 : 12 }}>
          <Stack gap={6}>
            <Title order={3} size="h4">
              <Anchor component={Link} to={`/months/${month.id}`} inherit>
                {month.title}
              </Anchor>
            </Title>
            <Text>
              <Text span fw={600}>
                {t('months.theme')}:
              </Text>{' '}
              {month.theme}
            </Text>
            <Group gap="sm" wrap="wrap">
              <MonthStatusBadge status={month.status} />
              <Text size="sm">
                <MonthDates startsAt={month.startsAt} endsAt={month.endsAt} />
              </Text>
              <Text size="sm">{t('months.expertCount', { count: month.experts.length })}</Text>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
