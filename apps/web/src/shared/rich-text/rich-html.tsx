import { Typography } from '@mantine/core';

/**
 * Shows a body the API has already sanitised with its allowlist (paragraphs, headings, lists, quotes,
 * code, links). Nothing here builds HTML: it only places the server's markup inside a styled container.
 */
export function RichHtml({ html, lang }: { html: string; /** The language it is written in (BCP 47), for screen readers. */ lang?: string }) {
  return (
    <Typography>
      <div className="liblab-rich-html" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
