import { Button } from '@mantine/core';
import { EmptyState } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';

export interface NoFilterMatchesProps {
  title: string;
  description: string;
  /** Clears every filter. */
  onClear: () => void;
}

/** A filtered list with nothing to show, and the way back to everything. */
export function NoFilterMatches({ title, description, onClear }: NoFilterMatchesProps) {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={title}
      description={description}
      action={
        <Button variant="default" onClick={onClear}>
          {t('filters.clearAll')}
        </Button>
      }
    />
  );
}
