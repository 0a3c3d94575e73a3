import { readApiProblem } from '@liblab/web-graphql';
import { applyApiProblem, type ErrorTarget, type FieldMessages } from '@liblab/web-ui';
import { useState } from 'react';
import { useErrorMessage } from '../use-error-message';

/**
 * A form's message above its fields, for a failed save: `showError` puts the API's field problems under
 * the fields they name (in the words of `messages`) and says anything it could not place above the form.
 */
export function useFormError(form: ErrorTarget) {
  const describe = useErrorMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const showError = (error: unknown, messages: FieldMessages) => {
    const { placed, unplaced } = applyApiProblem(form, readApiProblem(error), messages);
    if (!placed || unplaced.length > 0) setFormError(describe(error));
  };
  return { formError, clearFormError: () => setFormError(null), showError };
}
