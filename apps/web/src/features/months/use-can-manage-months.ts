import { useSession } from '../../session/use-session';

/** Coordinators and admins create months (the API's rule for createMonth); a month itself says `viewerCanManage`. */
export function useCanManageMonths(): boolean {
  const { me } = useSession();
  const roles = me?.roles ?? [];
  return roles.includes('COORDINATOR') || roles.includes('ADMIN');
}
