import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LIMITS, tagSlug } from '@liblab/domain';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { badInput } from '../../core/graphql/errors.js';
import type { LanguageEnum } from '../../core/graphql/domain-enums.js';
import { SearchKind, type SearchHit } from './models/search-hit.model.js';
import type { SearchFilter } from './dto/search.args.js';
import { ANY_LANGUAGE, NAME_VECTOR, PLAIN, POST_DOCUMENT, Q, languageQuery, ownLanguageQuery } from './search-sql.js';
import { MARK_END, MARK_START, cleanSearchQuery, snippetHtml } from './snippet.js';

/** Below this many full-text hits, titles and names that look like the query (typos) are added after them. */
export const TYPO_FALLBACK_BELOW = 10;
/**
 * At most this many matching posts are ranked per search (the first the GIN index yields, not the best). A word found in most posts would
 * otherwise cost a ts_rank for each of them (hundreds of milliseconds at 100k posts); people refine the
 * query long before page 50. totalCount counts up to this many posts (plus members and tags).
 */
export const SEARCH_CANDIDATES = 300;
/** Likewise for titles that only look like the query. */
export const TYPO_CANDIDATES = 200;

const HEADLINE_OPTIONS =
  `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

const POST_KINDS = [SearchKind.INSPIRATION, SearchKind.QUESTION, SearchKind.ANSWER];

interface HitRow {
  tier: number;
  id: string;
  kind: SearchKind;
  title: string;
  language: string | null;
  question_id: string | null;
  slug: string | null;
  rank: number;
  headline: string | null;
  total: string;
}

/**
 * One search box over inspirations, questions, answers, members and tags, in one SQL statement per page:
 *
 * 1. `fts`: full-text hits (tier 1). Posts match `search_vector` (each language's own config) against the
 *    query read by every config (GIN), then against their own language's reading OR 'simple', and are
 *    ranked by ts_rank. Members and tags match their unaccented names.
 * 2. `typos`: only when fts has fewer than TYPO_FALLBACK_BELOW rows, post titles, member names and tag
 *    names whose trigram word-similarity to the query passes pg_trgm's threshold (tier 0, after tier 1).
 * 3. The page (keyset on tier, rank, id), the total, and ts_headline snippets for the page's rows only.
 *
 * Deleted posts, answers of deleted questions and tags used only on deleted posts never appear.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(rawQuery: string, filter: SearchFilter, first: number, after?: string | null): Promise<Connection<SearchHit>> {
    const query = cleanSearchQuery(rawQuery, LIMITS.searchMax);
    const cursor = decodeCursor(after, 3);
    if (cursor && (typeof cursor[0] !== 'number' || typeof cursor[1] !== 'number' || typeof cursor[2] !== 'string' || !/^[0-9a-f-]{36}$/i.test(cursor[2]))) {
      throw badInput({ field: 'after', message: 'This page cursor is not valid; start again from the first page.' });
    }
    const kinds = new Set(filter.kinds?.length ? filter.kinds : Object.values(SearchKind));
    const tag = filter.tag?.trim() ? tagSlug(filter.tag) || filter.tag.trim() : null;
    const postKinds = POST_KINDS.filter((k) => kinds.has(k));
    const members = kinds.has(SearchKind.MEMBER) && !tag;
    const tags = kinds.has(SearchKind.TAG) && !tag;
    if (!query || (!postKinds.length && !members && !tags)) {
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    }

    const params: unknown[] = [query, filter.language ?? null, tag, postKinds, first + 1, HEADLINE_OPTIONS];
    const postFilters = `p.deleted_at IS NULL AND p.kind = ANY($4::text[])
        AND ($2::text IS NULL OR p.language = $2::text)
        AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = coalesce(p.parent_id, p.id) AND t.slug = $3::text))`;
    const liveTag = `EXISTS (SELECT 1 FROM post_tags pt JOIN posts lp ON lp.id = pt.post_id AND lp.deleted_at IS NULL WHERE pt.tag_id = t.id)`;

    const fts: string[] = [];
    const typos: string[] = [];
    if (postKinds.length) {
      // The newest CANDIDATES matching posts are ranked: a word in most posts must not cost a ts_rank per post.
      fts.push(`SELECT 1 AS tier, c.id, c.kind, c.title, c.language, c.question_id, NULL::text AS slug, ts_rank(c.search_vector, ${ownLanguageQuery('c')}) AS rank
        FROM (SELECT p.id, p.kind, coalesce(p.title, parent.title) AS title, p.language, p.parent_id AS question_id, p.search_vector
          FROM posts p LEFT JOIN posts parent ON parent.id = p.parent_id
          WHERE ${filter.language ? `p.search_vector @@ ${languageQuery(filter.language)}` : `p.search_vector @@ ${ANY_LANGUAGE} AND p.search_vector @@ ${ownLanguageQuery('p')}`}
            AND (p.parent_id IS NULL OR parent.deleted_at IS NULL) AND ${postFilters}
          LIMIT ${SEARCH_CANDIDATES}) c`);
      if (postKinds.some((k) => k !== SearchKind.ANSWER)) {
        typos.push(`SELECT 0 AS tier, p.id, p.kind, p.title, p.language, NULL::uuid AS question_id, NULL::text AS slug, word_similarity(${PLAIN}, liblab_unaccent(p.title)) AS rank
          FROM posts p WHERE liblab_unaccent(p.title) %> ${PLAIN} AND p.parent_id IS NULL AND ${postFilters} LIMIT ${TYPO_CANDIDATES}`);
      }
    }
    if (members) {
      const memberFilter = `($2::text IS NULL OR $2::text = ANY(m.languages))`;
      fts.push(`SELECT 1 AS tier, m.id, 'member' AS kind, m.name AS title, NULL::text AS language, NULL::uuid AS question_id, NULL::text AS slug, ts_rank(setweight(${NAME_VECTOR('m.name')}, 'A'), ${Q.pl}) AS rank
        FROM members m WHERE ${NAME_VECTOR('m.name')} @@ ${Q.pl} AND ${memberFilter}`);
      typos.push(`SELECT 0, m.id, 'member', m.name, NULL::text, NULL::uuid, NULL::text, word_similarity(${PLAIN}, liblab_unaccent(m.name))
        FROM members m WHERE liblab_unaccent(m.name) %> ${PLAIN} AND ${memberFilter}`);
    }
    if (tags) {
      fts.push(`SELECT 1 AS tier, t.id, 'tag' AS kind, t.name AS title, NULL::text AS language, NULL::uuid AS question_id, t.slug, ts_rank(setweight(${NAME_VECTOR('t.name')}, 'A'), ${Q.pl}) AS rank
        FROM tags t WHERE ${NAME_VECTOR('t.name')} @@ ${Q.pl} AND ${liveTag}`);
      typos.push(`SELECT 0, t.id, 'tag', t.name, NULL::text, NULL::uuid, t.slug, word_similarity(${PLAIN}, liblab_unaccent(t.name))
        FROM tags t WHERE liblab_unaccent(t.name) %> ${PLAIN} AND ${liveTag}`);
    }

    let after_ = '';
    if (cursor) {
      params.push(cursor[0], cursor[1], cursor[2]);
      after_ = `WHERE (tier, rank, id) < ($7::int, $8::real, $9::uuid)`;
    }
    const typoPart = typos.length
      ? `UNION ALL SELECT * FROM (${typos.map((part) => `(${part})`).join(' UNION ALL ')}) typo
           WHERE (SELECT count(*) FROM fts) < ${TYPO_FALLBACK_BELOW} AND NOT EXISTS (SELECT 1 FROM fts f WHERE f.id = typo.id)`
      : '';
    // `args` only declares the types of parameters that the branches left out may not use.
    const sql = `WITH args AS (SELECT $2::text, $3::text, $4::text[]),
      fts AS (${fts.map((part) => `(${part})`).join(' UNION ALL ')}),
      hits AS (SELECT * FROM fts ${typoPart}),
      page AS (SELECT * FROM hits ${after_} ORDER BY tier DESC, rank DESC, id DESC LIMIT $5)
      SELECT page.*, c.total,
        CASE
          WHEN page.kind = 'member' THEN ts_headline('liblab_polish'::regconfig, page.title, ${Q.pl}, $6)
          WHEN page.kind = 'tag' THEN ts_headline('liblab_polish'::regconfig, page.title, ${Q.pl}, $6)
          ELSE ts_headline(liblab_search_config(p.language), ${POST_DOCUMENT('p')}, ${ownLanguageQuery('p')}, $6)
        END AS headline
      FROM (SELECT count(*) AS total FROM hits) c
      LEFT JOIN page ON true
      LEFT JOIN posts p ON p.id = page.id AND page.kind NOT IN ('member', 'tag')
      ORDER BY page.tier DESC, page.rank DESC, page.id DESC`;
    // Always one row at least (the total); an empty page is that row with no hit in it.
    const result = (await this.dataSource.query(sql, params)) as HitRow[];
    const total = Number(result[0]?.total ?? 0);
    const rows = result.filter((row) => row.id !== null);
    return toConnection(
      rows,
      first,
      total,
      (row) => ({
        kind: row.kind,
        id: row.id,
        title: row.title,
        snippet: snippetHtml(row.headline ?? ''),
        rank: row.rank,
        language: (row.language as LanguageEnum | null) ?? null,
        questionId: row.question_id,
        slug: row.slug,
      }),
      (row) => [row.tier, row.rank, row.id],
    );
  }

}
