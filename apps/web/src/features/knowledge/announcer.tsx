import { VisuallyHidden } from '@mantine/core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/**
 * One polite live region for a page whose parts change without a reload (a vote counted, a comment
 * added): screen readers hear the result of what the person just did.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    // Clearing first makes the same sentence twice in a row be read twice.
    setMessage('');
    window.setTimeout(() => setMessage(next), 50);
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <VisuallyHidden role="status" aria-live="polite" data-testid="announcer">
        {message}
      </VisuallyHidden>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
