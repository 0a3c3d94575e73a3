import { Image } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface MonthCoverProps {
  url: string | null;
  title: string;
  /** Height in pixels; the image fills the width and is cropped to fit. */
  height: number;
}

/**
 * A month's cover image, described by the month's title (the API keeps no separate alt text). An address that
 * does not load leaves no broken image behind.
 */
export function MonthCover({ url, title, height }: MonthCoverProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  if (!url || failed) return null;
  return (
    <Image
      src={url}
      alt={t('months.coverAlt', { title })}
      h={height}
      fit="cover"
      radius="md"
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}
