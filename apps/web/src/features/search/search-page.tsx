import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { LANGUAGES } from '@liblab/domain';
import type { Language, SearchKind, SearchQuery } from '@liblab/web-graphql';
import { EmptyState, HighlightedSnippet, PageHeader } from '@liblab/web-ui';
import { Anchor, Badge, Button, Chip, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toApiLanguage } from '../../i18n/language-codes';
import { RequireSignIn } from '../../session/require-sign-in';
import { useUrlFilters } from '../../shared/filters/use-url-filters';
import { ConnectionResults } from '../../shared/lists/connection-results';
import { ResultsSection } from '../../shared/lists/results-section';
import { PostFiltersForm } from '../knowledge/post-filters';
import { searchQuery } from './search.operations';

type SearchHit = SearchQuery['search']['edges'][number]['node'];

/** The order kinds are offered in. */
const KINDS: readonly SearchKind[] = ['QUESTION', 'ANSWER', 'INSPIRATION', 'MEMBER', 'TAG'];
const API_LANGS = LANGUAGES.map(toApiLanguage);
/** What the API reads of a query; longer text is cut there too. */
const QUERY_MAX = 200;

export interface SearchFilters {
  q: string;
  kinds: SearchKind[];
  language: Language | null;
  tag: string | null;
  /** Never set: the tag/language form's "show" field is for questions. */
  show: 'all';
}

/** ?q=debatt&kinds=QUESTION,ANSWER&language=SV&tag=demokrati — unknown values are ignored. */
function readSearchFilters(params: URLSearchParams): SearchFilters {
  const language = params.get('language');
  const kinds = (params.get('kinds') ?? '').split(',').filter((kind): kind is SearchKind => (KINDS as readonly string[]).includes(kind));
  return {
    q: (params.get('q') ?? '').slice(0, 500),
    kinds: KINDS.filter((kind) => kinds.includes(kind)),
    language: language && (API_LANGS as readonly string[]).includes(language) ? (language as Language) : null,
    tag: params.get('tag') || null,
    show: 'all',
  };
}

/** Where a hit is shown: an answer on its question's page, at the answer. */
export function hitPath(hit: Pick<SearchHit, 'kind' | 'id' | 'questionId' | 'slug'>): string {
  switch (hit.kind) {
    case 'QUESTION':
      return `/questions/${hit.id}`;
    case 'ANSWER':
      return hit.questionId ? `/questions/${hit.questionId}#answer-${hit.id}` : `/questions`;
    case 'INSPIRATION':
      return `/inspirations/${hit.id}`;
    case 'MEMBER':
      return `/members/${hit.id}`;
    case 'TAG':
      return `/tags/${encodeURIComponent(hit.slug ?? hit.id)}`;
  }
}

const KIND_COLOURS: Record<SearchKind, string> = {
  QUESTION: 'indigo.9',
  ANSWER: 'teal.9',
  INSPIRATION: 'grape.9',
  MEMBER: 'blue.9',
  TAG: 'gray.8',
};

function SearchHitCard({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const title = hit.kind === 'ANSWER' ? t('search.answerTo', { title: hit.title }) : hit.title;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`hit-${hit.kind}-${hit.id}`}>
      <Stack gap={6}>
        <Group gap="xs">
          <Badge color={KIND_COLOURS[hit.kind]} variant="filled" size="sm">
            {t(`search.kind.${hit.kind}`)}
          </Badge>
          {hit.language ? (
            <Badge color="gray.8" variant="outline" size="sm">
              {t(`languages.${hit.language}`)}
            </Badge>
          ) : null}
        </Group>
        <Title order={3} size="h4" id={`hit-${hit.kind}-${hit.id}`} lang={hit.language?.toLowerCase()}>
          <Anchor component={Link} to={hitPath(hit)}>
            {title}
          </Anchor>
        </Title>
        {hit.snippet ? (
          <Text size="sm" lang={hit.language?.toLowerCase()} className="liblab-snippet">
            <HighlightedSnippet snippet={hit.snippet} />
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function NoResults({ query, filtered, onClear }: { query: string; filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('search.noResultsTitle', { query })}
      description={
        <Stack gap={4} align="center">
          <Text fw={600}>{t('search.tipsTitle')}</Text>
          <List size="sm" ta="left">
            <List.Item>{t('search.tipSpelling')}</List.Item>
            <List.Item>{t('search.tipFewer')}</List.Item>
            <List.Item>{t('search.tipLanguage')}</List.Item>
            {filtered ? <List.Item>{t('search.tipFilters')}</List.Item> : null}
          </List>
        </Stack>
      }
      action={
        filtered ? (
          <Button variant="default" onClick={onClear}>
            {t('filters.clearAll')}
          </Button>
        ) : undefined
      }
    />
  );
}

function SearchResults({ filters, onClearFilters }: { filters: SearchFilters; onClearFilters: () => void }) {
  const { t } = useTranslation();
  const query = filters.q.trim().slice(0, QUERY_MAX);
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(searchQuery, {
    variables: {
      query,
      filter: { kinds: filters.kinds.length > 0 ? filters.kinds : null, language: filters.language, tag: filters.tag },
    },
    skip: !query,
  });
  const result = (data ?? previousData)?.search;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = filters.kinds.length > 0 || !!filters.language || !!filters.tag;

  if (!query) return <EmptyState title={t('search.startTitle')} description={t('search.startBody')} />;

  return (
    <ResultsSection
      headingId="search-results"
      heading={data ? t('search.found', { count: data.search.totalCount, query }) : t('search.results')}
      updating={loading && !!result && !loadingMore}
    >
      <ConnectionResults
        connection={result}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('search.loading')}
        empty={<NoResults query={query} filtered={filtered} onClear={onClearFilters} />}
        loadingMore={loadingMore}
        onLoadMore={(after) => void fetchMore({ variables: { after } })}
        loadMoreLabel={t('search.loadMore')}
      >
        {(hits) => (
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`}>
                <SearchHitCard hit={hit} />
              </li>
            ))}
          </Stack>
        )}
      </ConnectionResults>
    </ResultsSection>
  );
}

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  return (
    <form
      role="search"
      aria-label={t('search.title')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value.trim());
      }}
    >
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          type="search"
          label={t('search.fieldLabel')}
          placeholder={t('search.fieldPlaceholder')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          maxLength={500}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button type="submit">{t('search.submit')}</Button>
      </Group>
    </form>
  );
}

function SearchView() {
  const { t } = useTranslation();
  const { filters, update, formKey } = useUrlFilters(readSearchFilters);
  const clearFilters = () => update({ kinds: null, language: null, tag: null });
  const toggleKinds = (kinds: string[]) => update({ kinds: KINDS.filter((kind) => kinds.includes(kind)).join(',') || null });

  return (
    <>
      {/* A new address (the header box) starts the form again with its words. */}
      <SearchForm key={`${formKey}:${filters.q}`} initial={filters.q} onSearch={(q) => update({ q })} />
      <PostFiltersForm legend={t('search.filters')} filters={filters} onChange={update}>
        <Group role="group" aria-labelledby="search-kinds-label" gap="xs" mt="md">
          <Text id="search-kinds-label" size="sm" fw={500}>
            {t('search.kinds')}
          </Text>
          <Chip.Group multiple value={filters.kinds} onChange={toggleKinds}>
            {KINDS.map((kind) => (
              <Chip key={kind} value={kind} size="sm" variant="outline">
                {t(`search.kindPlural.${kind}`)}
              </Chip>
            ))}
          </Chip.Group>
        </Group>
      </PostFiltersForm>
      <SearchResults filters={filters} onClearFilters={clearFilters} />
    </>
  );
}

/** /search?q=…: one box over the whole network, best first, with highlighted snippets and filters in the URL. */
export function SearchPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('search.title')} description={t('search.lead')} />
      <RequireSignIn>
        <SearchView />
      </RequireSignIn>
    </>
  );
}
