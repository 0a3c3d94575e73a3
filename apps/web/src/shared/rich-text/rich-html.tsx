import { Typography } from '@mantine/core';
import { useMemo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { linkMentions } from '../mentions/mention-html';

/**
 * Shows a body the API has already sanitised with its allowlist (paragraphs, headings, lists, quotes,
 * code, links). Nothing here builds HTML from strings: it places the server's markup inside a styled
 * container, with `@[Name](member-id)` mentions turned into links to the members (as DOM text nodes).
 */
export function RichHtml({ html, lang }: { html: string; /** The language it is written in (BCP 47), for screen readers. */ lang?: string }) {
  const navigate = useNavigate();
  const shown = useMemo(() => linkMentions(html), [html]);
  // A mention opens the member’s page inside the app, without reloading it (the links work from the keyboard as links).
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-mention]');
    if (!link) return;
    event.preventDefault();
    void navigate(link.getAttribute('href') ?? '/');
  };
  return (
    <Typography>
      <div className="liblab-rich-html" lang={lang} dangerouslySetInnerHTML={{ __html: shown }} onClick={onClick} />
    </Typography>
  );
}
