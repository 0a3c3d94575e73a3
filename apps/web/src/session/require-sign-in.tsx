import { LoadingState } from '@liblab/web-ui';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { safeNextPath } from './safe-next-path';
import { useSession } from './use-session';
import { QueryError } from '../shared/query-error';

/** Members-only pages: a visitor is sent to sign in and brought back afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { isSignedIn, loading, error, refetch } = useSession();
  const location = useLocation();
  if (loading) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!isSignedIn) {
    const next = safeNextPath(`${location.pathname}${location.search}`);
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
