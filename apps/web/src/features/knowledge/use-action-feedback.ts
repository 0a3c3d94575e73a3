import { useNotify } from '@liblab/web-ui';
import { useErrorMessage } from '../../shared/use-error-message';
import { useAnnounce } from './announcer';

/**
 * Runs a small action (vote, react, bookmark, delete): success is announced, a failure is shown as a
 * toast in the interface language (TOO_MANY_REQUESTS says how long to wait). Resolves to whether it worked.
 */
export function useActionFeedback() {
  const notify = useNotify();
  const describe = useErrorMessage();
  const announce = useAnnounce();
  return async (action: () => Promise<unknown>, success?: string): Promise<boolean> => {
    try {
      await action();
      if (success) announce(success);
      return true;
    } catch (error) {
      const message = describe(error);
      notify({ message, color: 'red' });
      announce(message);
      return false;
    }
  };
}
