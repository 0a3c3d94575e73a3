import { useEffect, useState } from 'react';

/**
 * The current time, read again every `intervalMs`: pages that say whether an event has started, a deadline
 * has passed or a question is overdue stay right while they are open, and rendering stays pure.
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
