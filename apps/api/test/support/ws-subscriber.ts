import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** Subscribes over graphql-ws as a browser would, sending the session cookie with the upgrade request. */
export function subscribe<T>(
  wsUrl: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
): { next(timeoutMs?: number): Promise<T>; errors: unknown[]; close(): Promise<void> } {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const client: Client = createClient({ url: wsUrl, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: false });
  const received: T[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | undefined;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) received.push(value.data as T);
        wake?.();
      },
      error: (error) => {
        errors.push(error);
        wake?.();
      },
      complete: () => {},
    },
  );
  return {
    errors,
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length === 0) {
        if (errors.length) throw new Error(`Subscription failed: ${JSON.stringify(errors)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`No subscription event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return received.shift()!;
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

/** Gives the server a moment to register a subscription before the event is published. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
