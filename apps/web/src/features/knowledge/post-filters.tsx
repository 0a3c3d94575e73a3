import { useQuery } from '@apollo/client/react';
import { LANGUAGES } from '@liblab/domain';
import { Select, SimpleGrid } from '@mantine/core';
import { FilterForm } from '@liblab/web-ui';
import type { Language } from '@liblab/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiLanguage } from '../../i18n/language-codes';
import { useUrlFilters, type FilterPatch, type UrlFilters } from '../../shared/filters/use-url-filters';
import { tagSuggestionsQuery } from '../tags/tags.operations';

export interface PostFilters {
  tag: string | null;
  language: Language | null;
  /** Questions only: "unanswered" shows those waiting for help. */
  show: 'all' | 'unanswered';
}

const API_LANGS = LANGUAGES.map(toApiLanguage);

/** ?tag=nowe-technologie&language=PL&show=unanswered */
export function usePostFilters(): UrlFilters<PostFilters> {
  return useUrlFilters((params) => {
    const language = params.get('language');
    return {
      tag: params.get('tag') || null,
      language: language && (API_LANGS as readonly string[]).includes(language) ? (language as Language) : null,
      show: params.get('show') === 'unanswered' ? 'unanswered' : 'all',
    };
  });
}

export interface PostFiltersFormProps {
  legend: string;
  filters: PostFilters;
  onChange: (patch: FilterPatch<PostFilters>) => void;
  children?: ReactNode;
}

/** Tag (from the tags in use) and language. */
export function PostFiltersForm({ legend, filters, onChange, children }: PostFiltersFormProps) {
  const { t } = useTranslation();
  const { data } = useQuery(tagSuggestionsQuery, { variables: { search: null } });
  const tagOptions = (data?.tags.edges ?? []).map((edge) => ({ value: edge.node.slug, label: edge.node.name }));
  // The filter is a slug; a tag outside the popular ones is shown by its slug.
  const tagValue = filters.tag;
  const tagData =
    tagValue && !tagOptions.some((option) => option.value === tagValue) ? [...tagOptions, { value: tagValue, label: tagValue }] : tagOptions;
  return (
    <FilterForm legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('postFilters.tag')}
          data={tagData}
          value={tagValue}
          onChange={(value) => onChange({ tag: value })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('postFilters.clearTag') }}
          placeholder={t('postFilters.anyTag')}
          nothingFoundMessage={t('fields.nothingFound')}
        />
        <Select
          label={t('postFilters.language')}
          data={API_LANGS.map((value) => ({ value, label: t(`languages.${value}`) }))}
          value={filters.language}
          onChange={(value) => onChange({ language: value })}
          clearable
          clearButtonProps={{ 'aria-label': t('postFilters.clearLanguage') }}
          placeholder={t('postFilters.anyLanguage')}
        />
      </SimpleGrid>
      {children}
    </FilterForm>
  );
}
