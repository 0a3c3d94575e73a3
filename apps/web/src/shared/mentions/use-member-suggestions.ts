import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { mentionSuggestionsQuery } from './mentions.operations';

export interface MemberSuggestion {
  id: string;
  name: string;
  libraryName: string | null;
}

/** Members whose name contains `query` (read 250 ms after the last keystroke); nothing for no query. */
export function useMemberSuggestions(query: string | null): { members: MemberSuggestion[]; loading: boolean; settled: boolean } {
  const [debounced] = useDebouncedValue(query?.trim() ?? '', 250);
  const skip = query === null || debounced === '';
  const { data, previousData, loading } = useQuery(mentionSuggestionsQuery, { variables: { search: debounced }, skip });
  const result = skip ? undefined : (data ?? previousData);
  const members = (result?.members.edges ?? []).map(({ node }) => ({ id: node.id, name: node.name, libraryName: node.library?.name ?? null }));
  return { members, loading: !skip && loading, settled: !skip && !loading && debounced === (query?.trim() ?? '') };
}
