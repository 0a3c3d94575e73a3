import { useEffect } from 'react';

/** Sets the browser tab title ("Members · LibLab"), which screen readers announce on navigation. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · LibLab` : 'LibLab';
  }, [title]);
}
