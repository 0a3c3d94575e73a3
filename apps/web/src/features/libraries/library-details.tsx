import { Anchor, Text, VisuallyHidden } from '@mantine/core';
import type { LibraryDetailsFieldsFragment } from '@liblab/web-graphql';
import { Detail, DetailList, EmailLink, PhoneLink, SectionPanel } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../../i18n/vocabulary';

/** About the library and how to reach it. */
export function LibraryDetails({ library }: { library: LibraryDetailsFieldsFragment }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  return (
    <SectionPanel headingId="library-about-heading" title={t('libraryPage.about')}>
      {library.description ? (
        <Text mb="md" style={{ whiteSpace: 'pre-line' }}>
          {library.description}
        </Text>
      ) : null}
      <DetailList>
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
            <EmailLink address={library.email} />
          </Detail>
        ) : null}
        {library.phone ? (
          <Detail term={t('libraryForm.phone')}>
            <PhoneLink phone={library.phone} />
          </Detail>
        ) : null}
        <Detail term={t('libraryPage.memberCountLabel')}>{t('libraries.memberCount', { count: library.memberCount })}</Detail>
      </DetailList>
    </SectionPanel>
  );
}
