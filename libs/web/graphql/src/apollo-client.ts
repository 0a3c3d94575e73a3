import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { createCache } from './cache';

export interface LiblabApollo {
  client: ApolloClient;
  /**
   * Call after signing in or out: the websocket learned who the viewer is when it connected, so it is
   * closed (and reopened on demand) and everything cached for the previous viewer is dropped.
   */
  resetSession(): Promise<void>;
}

/** ws(s)://<this host>/graphql, matching the page's own scheme. */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/graphql`;
}

function createWsClient(): Client {
  return createClient({
    url: subscriptionUrl(),
    lazy: true,
    retryAttempts: 8,
    shouldRetry: () => true,
  });
}

/** Queries and mutations over HTTP (same-origin cookie), subscriptions over graphql-ws on the same path. */
export function createLiblabApollo(): LiblabApollo {
  const wsClient = createWsClient();
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const link = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    httpLink,
  );
  const client = new ApolloClient({ link, cache: createCache() });
  return {
    client,
    async resetSession() {
      wsClient.terminate();
      await client.resetStore();
    },
  };
}
