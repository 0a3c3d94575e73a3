/**
 * The SQL of search, in one statement per page (see search.service.ts for the plan). `$1` is the cleaned
 * query text. Every query expression below is IMMUTABLE over `$1`, so PostgreSQL folds it to a constant
 * when it plans the statement and the GIN indexes answer `@@` and `%>` directly.
 */

/** websearch_to_tsquery (quotes, -not, OR; never a syntax error) with prefix matching for 3+ letter lexemes. */
const tsquery = (config: string) => `liblab_prefix_tsquery(websearch_to_tsquery('${config}'::regconfig, $1))`;

export const Q = {
  pl: tsquery('liblab_polish'),
  en: tsquery('english'),
  sv: tsquery('swedish'),
  nb: tsquery('norwegian'),
  simple: tsquery('simple'),
};

/** Any language's reading of the query: what the GIN index is asked for. */
export const ANY_LANGUAGE = `(${Q.pl} || ${Q.en} || ${Q.sv} || ${Q.nb} || ${Q.simple})`;

/**
 * With a language filter, only that language's reading can match: posts in it were indexed with the same
 * configuration, so the 'simple' reading adds nothing there and would double the GIN index work.
 */
export function languageQuery(language: string): string {
  switch (language) {
    case 'pl':
      return Q.pl;
    case 'en':
      return Q.en;
    case 'sv':
      return Q.sv;
    case 'nb':
      return Q.nb;
    default:
      return Q.simple;
  }
}

/**
 * The query as the post's own language reads it, OR as 'simple' reads it (so an English word typed by a
 * Swedish reader still finds English and Swedish content that contains it as written). Polish content is
 * read with liblab_polish (simple + unaccent), which already covers 'simple'.
 */
export function ownLanguageQuery(alias: string): string {
  return (
    `(CASE ${alias}.language WHEN 'pl' THEN ${Q.pl} WHEN 'en' THEN ${Q.en} || ${Q.simple} ` +
    `WHEN 'sv' THEN ${Q.sv} || ${Q.simple} WHEN 'nb' THEN ${Q.nb} || ${Q.simple} ELSE ${Q.simple} END)`
  );
}

/** Names (members, tags) are indexed as to_tsvector(liblab_polish, name): unaccented words, no stemming. */
export const NAME_VECTOR = (column: string) => `to_tsvector('liblab_polish'::regconfig, ${column})`;

/** The query for trigram matching: unaccented, as the trigram indexes are. */
export const PLAIN = `liblab_unaccent($1)`;

/** The visible text a post's snippet is cut from. */
export const POST_DOCUMENT = (alias: string) => `concat_ws(' ', nullif(${alias}.summary, ''), liblab_html_text(${alias}.body))`;
