import { useSubscription } from '@apollo/client/react';
import { useNotify } from '@liblab/web-ui';
import type { Reference } from '@apollo/client';
import { prependToConnection } from '@liblab/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { libraryMemberJoinedSubscription } from './library-page.operations';

type StoredMembers = Parameters<typeof prependToConnection>[0];

/**
 * Live arrivals at a library (graphql-ws): each new member is put at the top of the cached member list,
 * the member count goes up, and a short notice is shown and announced. Returns the latest notice.
 */
export function useLibraryMemberJoined(libraryId: string, enabled: boolean): string | null {
  const { t } = useTranslation();
  const notify = useNotify();
  const [latest, setLatest] = useState<string | null>(null);

  useSubscription(libraryMemberJoinedSubscription, {
    variables: { libraryId },
    skip: !enabled,
    onData: ({ client, data }) => {
      const member = data.data?.libraryMemberJoined;
      if (!member) return;
      const id = client.cache.identify({ __typename: 'Library', id: libraryId });
      let alreadyListed = false;
      client.cache.modify({
        id,
        fields: {
          members(existing, { toReference }) {
            // The stored shape of a connection field (see cursorConnection in @liblab/web-graphql).
            const stored = existing as unknown as StoredMembers;
            const node = toReference({ __typename: 'Member', id: member.id }) as Reference;
            const next = prependToConnection(stored, node);
            if (stored && next === stored) alreadyListed = true;
            return next as unknown as typeof existing;
          },
        },
      });
      if (!alreadyListed) {
        client.cache.modify({ id, fields: { memberCount: (count: number) => count + 1 } });
      }
      const message = t('libraryPage.joined', { name: member.name });
      setLatest(message);
      notify({ title: t('libraryPage.joinedTitle'), message, color: 'teal' });
    },
  });

  return latest;
}
