import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Must equal PostEntity.searchVector's asExpression, character for character (TypeORM compares them). */
const SEARCH_VECTOR = `setweight(to_tsvector(liblab_search_config("language"), coalesce("title", '')), 'A') || setweight(to_tsvector(liblab_search_config("language"), "summary"), 'B') || setweight(to_tsvector(liblab_search_config("language"), liblab_html_text("body")), 'C')`;

/**
 * Full-text and typo search (issue 3), written by hand: TypeORM cannot describe SQL functions, text-search
 * configurations, expression indexes or GIN operator classes. The entities declare the generated column
 * (with the same expression, which TypeORM keeps in `typeorm_metadata`) and name every index here with
 * `synchronize: false`, so `generate-migration` finds nothing to change.
 *
 * - `liblab_unaccent(text)`: unaccent with its dictionary named, IMMUTABLE so indexes may use it.
 * - `liblab_polish`: a text-search configuration, `simple` with `unaccent` in front (PostgreSQL has no
 *   Polish stemmer), so "wspolpraca" finds "współpraca" and snippets keep the original letters.
 * - `liblab_search_config(language)`: pl → liblab_polish, en → english, sv → swedish, nb → norwegian,
 *   da → danish, anything else → simple.
 * - `liblab_html_text(html)`: the visible text of sanitised HTML (tags dropped, entities decoded).
 * - `liblab_prefix_tsquery(query)`: the query with every lexeme of 3+ characters matching as a prefix.
 * - `posts.search_vector`: stored generated tsvector, title A, summary B, body text C, GIN-indexed.
 * - trigram GIN indexes on unaccented post titles, tag names and member names (typos), and tsvector
 *   GIN indexes on tag and member names.
 */
export class Search1795327278001 implements MigrationInterface {
  name = 'Search1795327278001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // Objects are named with their schema, wherever an administrator installed unaccent, so that indexes
    // and the generated column do not depend on the search_path of the session that evaluates them.
    const [{ ext, own }] = (await queryRunner.query(
      `SELECT quote_ident(n.nspname) AS ext, quote_ident(current_schema()) AS own FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'`,
    )) as { ext: string; own: string }[];
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION liblab_unaccent(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ` +
        `AS $$ SELECT ${ext}.unaccent('${ext}.unaccent'::regdictionary, value) $$`,
    );
    // Polish: no stemmer in PostgreSQL, so words are lower-cased and unaccented ("współpraca" → "wspolpraca").
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION liblab_polish (COPY = pg_catalog.simple)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION liblab_polish ALTER MAPPING FOR word, hword, hword_part WITH ${ext}.unaccent, pg_catalog.simple`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION liblab_search_config(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ ` +
        `SELECT (CASE language WHEN 'en' THEN 'pg_catalog.english' WHEN 'sv' THEN 'pg_catalog.swedish' ` +
        `WHEN 'nb' THEN 'pg_catalog.norwegian' WHEN 'da' THEN 'pg_catalog.danish' ` +
        `WHEN 'pl' THEN '${own}.liblab_polish' ELSE 'pg_catalog.simple' END)::regconfig $$`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION liblab_html_text(html text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ ` +
        `SELECT replace(replace(replace(replace(replace(replace(replace(` +
        `regexp_replace(html, '<[^>]*>', ' ', 'g'), ` +
        `'&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#x27;', ''''), '&amp;', '&') $$`,
    );
    // Every lexeme of three characters or more also matches as a prefix: Swedish "bibliotek" finds
    // "biblioteket" (which the Swedish stemmer keeps whole), Polish "bibliotek" finds "biblioteka".
    // Quoted lexemes are rewritten 'x' → 'x':*, then the :* is taken off lexemes of one or two characters.
    await queryRunner.query(
      String.raw`CREATE OR REPLACE FUNCTION liblab_prefix_tsquery(query tsquery) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ ` +
        String.raw`SELECT regexp_replace(regexp_replace(query::text, '''((?:[^'']|'''')+)''', '''\1'':*', 'g'), ` +
        String.raw`'(^|[^''])''([^'']{1,2})'':\*', '\1''\2''', 'g')::tsquery $$`,
    );

    // What TypeORM keeps for a generated column (it compares this text with the entity's asExpression).
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'posts', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [SEARCH_VECTOR],
    );
    await queryRunner.query(`ALTER TABLE "posts" ADD "search_vector" tsvector GENERATED ALWAYS AS (${SEARCH_VECTOR}) STORED`);
    await queryRunner.query(`CREATE INDEX "IDX_posts_search_vector" ON "posts" USING GIN ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_posts_title_trgm" ON "posts" USING GIN (liblab_unaccent("title") gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_tags_name_trgm" ON "tags" USING GIN (liblab_unaccent("name") gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_tags_name_search" ON "tags" USING GIN (to_tsvector('${own}.liblab_polish'::regconfig, "name"))`);
    await queryRunner.query(`CREATE INDEX "IDX_members_name_trgm" ON "members" USING GIN (liblab_unaccent("name") gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_members_name_search" ON "members" USING GIN (to_tsvector('${own}.liblab_polish'::regconfig, "name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_members_name_search"`);
    await queryRunner.query(`DROP INDEX "IDX_members_name_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_tags_name_search"`);
    await queryRunner.query(`DROP INDEX "IDX_tags_name_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_posts_title_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_posts_search_vector"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "search_vector"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'posts' AND "name" = 'search_vector'`,
    );
    await queryRunner.query(`DROP FUNCTION liblab_prefix_tsquery(tsquery)`);
    await queryRunner.query(`DROP FUNCTION liblab_html_text(text)`);
    await queryRunner.query(`DROP FUNCTION liblab_search_config(text)`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION liblab_polish`);
    await queryRunner.query(`DROP FUNCTION liblab_unaccent(text)`);
    // The extensions stay: other objects may use them, and they cost nothing unused.
  }
}
