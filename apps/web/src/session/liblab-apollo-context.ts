import type { LiblabApollo } from '@liblab/web-graphql';
import { createContext, useContext } from 'react';

export const LiblabApolloContext = createContext<LiblabApollo | null>(null);

/** Drops what was cached for the previous viewer and reconnects the live updates; use after sign in/out. */
export function useResetSession(): () => Promise<void> {
  const apollo = useContext(LiblabApolloContext);
  if (!apollo) throw new Error('useResetSession needs <LiblabApolloContext.Provider>');
  return apollo.resetSession;
}
