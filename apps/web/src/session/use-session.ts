import { useQuery } from '@apollo/client/react';
import { sessionQuery } from './session.operations';

/** The signed-in member (or null for a visitor) and what their roles allow in the interface. */
export function useSession() {
  const { data, loading, error, refetch } = useQuery(sessionQuery);
  const me = data?.me ?? null;
  const roles = me?.roles ?? [];
  const isAdmin = roles.includes('ADMIN');
  return {
    me,
    loading: loading && !data,
    error,
    refetch,
    isSignedIn: me !== null,
    isAdmin,
    /** Coordinators manage libraries of their region; admins everything. */
    canAddLibraries: isAdmin || roles.includes('COORDINATOR'),
    /** Coordinators and admins create, edit and cancel events and see their registrants. */
    canManageEvents: isAdmin || roles.includes('COORDINATOR'),
    /** The same people create thematic months (a month itself says `viewerCanManage`). */
    canManageMonths: isAdmin || roles.includes('COORDINATOR'),
  };
}
