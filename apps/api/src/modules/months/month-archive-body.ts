import type { Language } from '@liblab/domain';
import { contentPageLink } from '../notifications/notification-links.js';

export interface QuotedAnswer {
  /** Sanitised HTML of the answer. */
  body: string;
  /** Null if the author's account was erased. */
  authorName: string | null;
  questionId: string;
  questionTitle: string;
}

const WORDS: Record<Language, { best: string; someone: string }> = {
  pl: { best: 'Najlepsze odpowiedzi', someone: 'Ktoś' },
  en: { best: 'Best answers', someone: 'Someone' },
  sv: { best: 'Bästa svaren', someone: 'Någon' },
  nb: { best: 'Beste svar', someone: 'Noen' },
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The body of a month's archive inspiration: the (sanitised) summary, then each chosen answer quoted with
 * its author and a link to its question's page. `publicUrl` '' gives links relative to the portal.
 */
export function monthArchiveBody(summaryHtml: string, answers: readonly QuotedAnswer[], language: Language, publicUrl: string): string {
  if (!answers.length) return summaryHtml;
  const words = WORDS[language];
  const quotes = answers.map((answer) => {
    const link = contentPageLink(publicUrl, { id: answer.questionId, kind: 'question' });
    return (
      `<blockquote>${answer.body}</blockquote>` +
      `<p>— ${escapeHtml(answer.authorName ?? words.someone)}, <a href="${escapeHtml(link)}">${escapeHtml(answer.questionTitle)}</a></p>`
    );
  });
  return `${summaryHtml}<h3>${words.best}</h3>${quotes.join('')}`;
}
