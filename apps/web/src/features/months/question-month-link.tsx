import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On a question's page: "Asked in the thematic month X", linking to the month. */
export function QuestionMonthLink({ month }: { month: { id: string; title: string } }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {t('months.askedIn')}{' '}
      <Anchor component={Link} to={`/months/${month.id}`}>
        {month.title}
      </Anchor>
    </Text>
  );
}
