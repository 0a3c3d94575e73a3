import { LoadingState } from '@liblab/web-ui';
import { useSession } from '../../session/use-session';
import { MemberHome } from './member-home';
import { VisitorHome } from './visitor-home';

/** "/": for visitors what LibLab is and how to join; for members a welcome and shortcuts. */
export function HomePage() {
  const { me, loading } = useSession();
  if (loading) return <LoadingState />;
  return me ? <MemberHome name={me.name} library={me.library ?? null} /> : <VisitorHome />;
}
