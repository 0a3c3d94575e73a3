import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KnowledgeExchange1795325494955 implements MigrationInterface {
  name = 'KnowledgeExchange1795325494955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "parent_id" uuid, "author_id" uuid, "library_id" uuid, "title" text, "summary" text NOT NULL DEFAULT '', "body" text NOT NULL, "language" text NOT NULL, "links" jsonb NOT NULL DEFAULT '[]', "attachments" jsonb NOT NULL DEFAULT '[]', "by_expert" boolean NOT NULL DEFAULT false, "accepted" boolean NOT NULL DEFAULT false, "vote_count" integer NOT NULL DEFAULT '0', "answer_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by_id" uuid, CONSTRAINT "CHK_posts_counters" CHECK ("vote_count" >= 0 AND "answer_count" >= 0 AND "comment_count" >= 0), CONSTRAINT "CHK_posts_title" CHECK ("kind" = 'answer' OR "title" IS NOT NULL), CONSTRAINT "CHK_posts_parent" CHECK (("kind" = 'answer') = ("parent_id" IS NOT NULL)), CONSTRAINT "CHK_posts_kind" CHECK ("kind" IN ('inspiration', 'question', 'answer')), CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d8be760cd953c4a98137c5237a" ON "posts"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_312c63be865c81b922e39c2475" ON "posts"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_90e2e3aab08a78b256eca0eab9" ON "posts"  ("library_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_posts_one_accepted_answer" ON "posts"  ("parent_id") WHERE "accepted"`);
    await queryRunner.query(`CREATE INDEX "IDX_posts_unanswered" ON "posts"  ("created_at") WHERE "kind" = 'question' AND "answer_count" = 0 AND "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_posts_kind_created" ON "posts"  ("kind", "created_at") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "bookmarks" ("member_id" uuid NOT NULL, "post_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f87ee1a421af903f2da2878095b" PRIMARY KEY ("member_id", "post_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_51f539993ae903a927bd44dbe4" ON "bookmarks"  ("post_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bookmarks_member_created" ON "bookmarks"  ("member_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by_id" uuid, CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e6d38899c31997c45d128a8973" ON "comments"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_comments_post_created" ON "comments"  ("post_id", "created_at") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "reactions" ("post_id" uuid NOT NULL, "member_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_reactions_kind" CHECK ("kind" IN ('useful', 'inspiring', 'thanks')), CONSTRAINT "PK_506aeb95bd16e0a389561b527d5" PRIMARY KEY ("post_id", "member_id", "kind"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8d491d0fe89f9ca3b9dd8cbfad" ON "reactions"  ("member_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reactions_post_kind_created" ON "reactions"  ("post_id", "kind", "created_at") `);
    await queryRunner.query(`CREATE TABLE "tags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b3aa10c29ea4e61a830362bd25a" UNIQUE ("slug"), CONSTRAINT "PK_e7dc17249a1148a1970748eda99" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "post_tags" ("post_id" uuid NOT NULL, "tag_id" uuid NOT NULL, CONSTRAINT "PK_deee54a40024b7afc16d25684f8" PRIMARY KEY ("post_id", "tag_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_192ab488d1c284ac9abe2e3035" ON "post_tags"  ("tag_id") `);
    await queryRunner.query(`CREATE TABLE "votes" ("post_id" uuid NOT NULL, "member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c00fb9cb76ce3d825d9f5ee0ab" PRIMARY KEY ("post_id", "member_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3ccc4ce13cb6e5715cf65ab046" ON "votes"  ("member_id") `);
    await queryRunner.query(`ALTER TABLE "posts" ADD CONSTRAINT "FK_d8be760cd953c4a98137c5237a6" FOREIGN KEY ("parent_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "posts" ADD CONSTRAINT "FK_312c63be865c81b922e39c2475e" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "posts" ADD CONSTRAINT "FK_90e2e3aab08a78b256eca0eab93" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bookmarks" ADD CONSTRAINT "FK_cdf463c3679e3dd49f207290b62" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bookmarks" ADD CONSTRAINT "FK_51f539993ae903a927bd44dbe49" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_259bf9825d9d198608d1b46b0b5" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reactions" ADD CONSTRAINT "FK_a1ac38351a456da43cd26d38be8" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reactions" ADD CONSTRAINT "FK_8d491d0fe89f9ca3b9dd8cbfade" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_tags" ADD CONSTRAINT "FK_5df4e8dc2cb3e668b962362265d" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_tags" ADD CONSTRAINT "FK_192ab488d1c284ac9abe2e30356" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "votes" ADD CONSTRAINT "FK_18499a5b9b4cf71093f7b7f79f8" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "votes" ADD CONSTRAINT "FK_3ccc4ce13cb6e5715cf65ab0467" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "FK_3ccc4ce13cb6e5715cf65ab0467"`);
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "FK_18499a5b9b4cf71093f7b7f79f8"`);
    await queryRunner.query(`ALTER TABLE "post_tags" DROP CONSTRAINT "FK_192ab488d1c284ac9abe2e30356"`);
    await queryRunner.query(`ALTER TABLE "post_tags" DROP CONSTRAINT "FK_5df4e8dc2cb3e668b962362265d"`);
    await queryRunner.query(`ALTER TABLE "reactions" DROP CONSTRAINT "FK_8d491d0fe89f9ca3b9dd8cbfade"`);
    await queryRunner.query(`ALTER TABLE "reactions" DROP CONSTRAINT "FK_a1ac38351a456da43cd26d38be8"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_259bf9825d9d198608d1b46b0b5"`);
    await queryRunner.query(`ALTER TABLE "bookmarks" DROP CONSTRAINT "FK_51f539993ae903a927bd44dbe49"`);
    await queryRunner.query(`ALTER TABLE "bookmarks" DROP CONSTRAINT "FK_cdf463c3679e3dd49f207290b62"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_90e2e3aab08a78b256eca0eab93"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_312c63be865c81b922e39c2475e"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_d8be760cd953c4a98137c5237a6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ccc4ce13cb6e5715cf65ab046"`);
    await queryRunner.query(`DROP TABLE "votes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_192ab488d1c284ac9abe2e3035"`);
    await queryRunner.query(`DROP TABLE "post_tags"`);
    await queryRunner.query(`DROP TABLE "tags"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reactions_post_kind_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d491d0fe89f9ca3b9dd8cbfad"`);
    await queryRunner.query(`DROP TABLE "reactions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_comments_post_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6d38899c31997c45d128a8973"`);
    await queryRunner.query(`DROP TABLE "comments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bookmarks_member_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51f539993ae903a927bd44dbe4"`);
    await queryRunner.query(`DROP TABLE "bookmarks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_kind_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_unanswered"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_posts_one_accepted_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_90e2e3aab08a78b256eca0eab9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_312c63be865c81b922e39c2475"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8be760cd953c4a98137c5237a"`);
    await queryRunner.query(`DROP TABLE "posts"`);
  }
}
