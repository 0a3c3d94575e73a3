import { readApiProblem } from '@liblab/web-graphql';
import { ErrorState } from '@liblab/web-ui';

/** A failed query, explained by its API error code (sign-in link, retry, …). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return <ErrorState problem={readApiProblem(error)} onRetry={onRetry} />;
}
