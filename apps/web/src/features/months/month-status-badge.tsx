import { Badge } from '@mantine/core';
import type { MonthStatus } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';

// Dark shades in outline badges keep the text above 4.5:1 on white.
const STATUS_COLORS: Record<MonthStatus, string> = {
  DRAFT: 'gray.8',
  ANNOUNCED: 'indigo.9',
  OPEN: 'teal.9',
  WRAP_UP: 'violet.9',
  ARCHIVED: 'gray.8',
};

/** Where a month is in its life, in words ("Open for questions"). */
export function MonthStatusBadge({ status }: { status: MonthStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === 'OPEN' ? 'filled' : 'outline'}>
      {t(`months.statuses.${status}`)}
    </Badge>
  );
}
