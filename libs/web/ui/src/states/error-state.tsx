import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Problem } from '../problems/problem';
import { useProblemMessage } from '../problems/use-problem-message';

export interface ErrorStateProps {
  problem: Problem;
  /** Offered as "Try again" when the failure may pass (network, server). */
  onRetry?: () => void;
}

/**
 * A failed data view: a translated explanation by error code, a sign-in link when the viewer must sign
 * in, and "Try again" where retrying can help. Announced as an alert.
 */
export function ErrorState({ problem, onRetry }: ErrorStateProps) {
  const { t } = useTranslation('ui');
  const location = useLocation();
  const describe = useProblemMessage();
  const message = describe(problem);
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  const titleFor = (code: Problem['code']) =>
    code === 'NOT_FOUND' ? t('errors.notFoundTitle') : code === 'UNAUTHENTICATED' ? t('errors.signInTitle') : t('errors.title');
  const retryable = problem.code === 'NETWORK' || problem.code === 'UNKNOWN' || problem.code === 'TOO_MANY_REQUESTS';

  return (
    <Alert color={problem.code === 'UNAUTHENTICATED' ? 'indigo' : 'red'} variant="light" title={titleFor(problem.code)} role="alert">
      <Stack gap="sm">
        <Text>{message}</Text>
        <Group gap="sm">
          {problem.code === 'UNAUTHENTICATED' ? (
            <Button component={Link} to={`/sign-in?next=${next}`}>
              {t('errors.signIn')}
            </Button>
          ) : null}
          {problem.code === 'NOT_FOUND' || problem.code === 'FORBIDDEN' ? (
            <Anchor component={Link} to="/">
              {t('errors.home')}
            </Anchor>
          ) : null}
          {onRetry && retryable ? (
            <Button variant="default" onClick={onRetry}>
              {t('errors.retry')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Alert>
  );
}
