import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the new page's h1 (or to main), as a full page load
 * would reset it, so keyboard and screen-reader users start reading the new page. The first load is left alone.
 */
export function useFocusHeadingOnNavigate(mainId: string): void {
  const { pathname } = useLocation();
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = pathname;
    if (before === null || before === pathname) return;
    const frame = window.requestAnimationFrame(() => {
      const main = document.getElementById(mainId);
      const heading = main?.querySelector<HTMLElement>('[data-page-heading]');
      (heading ?? main)?.focus({ preventScroll: false });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [pathname, mainId]);
}
