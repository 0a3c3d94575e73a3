import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { LiblabApollo } from '@liblab/web-graphql';
import { liblabCssVariables, liblabTheme } from '@liblab/web-ui';
import type { ReactNode } from 'react';
import { LiblabApolloContext } from '../session/liblab-apollo-context';

export function AppProviders({ apollo, children }: { apollo: LiblabApollo; children: ReactNode }) {
  return (
    <MantineProvider theme={liblabTheme} cssVariablesResolver={liblabCssVariables} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={3} />
      <ApolloProvider client={apollo.client}>
        <LiblabApolloContext.Provider value={apollo}>{children}</LiblabApolloContext.Provider>
      </ApolloProvider>
    </MantineProvider>
  );
}
