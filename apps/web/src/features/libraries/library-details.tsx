import { Anchor, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { LibraryDetailsFieldsFragment } from '@liblab/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';
import { telHref } from './library-staff';

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** About the library and how to reach it. */
export function LibraryDetails({ library }: { library: LibraryDetailsFieldsFragment }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="library-about-heading">
      <Title order={2} size="h3" id="library-about-heading" mb="sm">
        {t('libraryPage.about')}
      </Title>
      {library.description ? (
        <Text mb="md" style={{ whiteSpace: 'pre-line' }}>
          {library.description}
        </Text>
      ) : null}
      <Stack gap="sm" component="dl" m={0}>
        <Detail term={t('libraryPage.place')}>
          {library.city}, {vocabulary.region(library.region)}, {vocabulary.country(library.country)}
        </Detail>
        {library.address ? <Detail term={t('libraryForm.address')}>{library.address}</Detail> : null}
        {library.website ? (
          <Detail term={t('libraryForm.website')}>
            <Anchor href={library.website} target="_blank" rel="noopener noreferrer">
              {library.website.replace(/^https?:\/\//, '')}
              <VisuallyHidden> {t('common.opensInNewTab')}</VisuallyHidden>
            </Anchor>
          </Detail>
        ) : null}
        {library.email ? (
          <Detail term={t('libraryForm.email')}>
            <Anchor href={`mailto:${library.email}`}>{library.email}</Anchor>
          </Detail>
        ) : null}
        {library.phone ? (
          <Detail term={t('libraryForm.phone')}>
            <Anchor href={telHref(library.phone)}>{library.phone}</Anchor>
          </Detail>
        ) : null}
        <Detail term={t('libraryPage.memberCountLabel')}>{t('libraries.memberCount', { count: library.memberCount })}</Detail>
      </Stack>
    </Paper>
  );
}
