import { readApiProblem } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/use-error-message';

/** The API's reasons for refusing a registration change (`extensions.reason` of a CONFLICT). */
const REASONS = ['ALREADY_REGISTERED', 'EVENT_CANCELLED', 'EVENT_STARTED', 'DEADLINE_PASSED', 'NOT_REGISTERED', 'EVENT_NOT_STARTED', 'NOT_CONFIRMED'] as const;
type Reason = (typeof REASONS)[number];

function isReason(value: string | undefined): value is Reason {
  return !!value && (REASONS as readonly string[]).includes(value);
}

/** Why registering, cancelling or marking attendance was refused, in the interface language. */
export function useRegistrationProblem(): (error: unknown) => string {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (error) => {
    const problem = readApiProblem(error);
    if (problem.code === 'CONFLICT' && isReason(problem.reason)) return t(`events.refusals.${problem.reason}`);
    return describe(error);
  };
}
