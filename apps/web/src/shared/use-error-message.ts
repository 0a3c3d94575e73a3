import { readApiProblem } from '@liblab/web-graphql';
import { useProblemMessage } from '@liblab/web-ui';

/** One translated sentence for any failed operation, by its API error code. */
export function useErrorMessage(): (error: unknown) => string {
  const describe = useProblemMessage();
  return (error: unknown) => describe(readApiProblem(error));
}
