import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { MonthStatsFieldsFragment } from '@liblab/web-graphql';
import { SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from './month-time';

function Stat({ term, value }: { term: string; value: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0} fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** Answered and unanswered questions and the median wait for a first expert answer, in words. */
export function MonthStats({ stats }: { stats: MonthStatsFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const count = new Intl.NumberFormat(language);
  const median =
    stats.medianMinutesToFirstExpertAnswer === null || stats.medianMinutesToFirstExpertAnswer === undefined
      ? t('monthStats.noMedian')
      : (formatMinutes(stats.medianMinutesToFirstExpertAnswer, language) ?? t('monthStats.lessThanMinute'));
  return (
    <SectionPanel headingId="month-stats-heading" title={t('monthStats.heading')}>
      <SimpleGrid component="dl" m={0} cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Stat term={t('monthStats.questions')} value={count.format(stats.questionCount)} />
        <Stat term={t('monthStats.answered')} value={count.format(stats.answeredCount)} />
        <Stat term={t('monthStats.unanswered')} value={count.format(stats.unansweredCount)} />
        <Stat term={t('monthStats.median')} value={median} />
      </SimpleGrid>
      {stats.escalatedCount > 0 ? (
        <Text size="sm" mt="sm">
          {t('monthStats.escalated')}: {count.format(stats.escalatedCount)}
        </Text>
      ) : null}
    </SectionPanel>
  );
}
