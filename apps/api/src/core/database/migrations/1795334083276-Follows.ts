import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Follows1795334083276 implements MigrationInterface {
  name = 'Follows1795334083276';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "library_follows" ("follower_id" uuid NOT NULL, "library_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6b9049b9c45773357dd5dbd413" PRIMARY KEY ("follower_id", "library_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c1e249f3444615dec61c3bc27b" ON "library_follows"  ("library_id") `);
    await queryRunner.query(`CREATE TABLE "member_follows" ("follower_id" uuid NOT NULL, "followee_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_member_follows_not_self" CHECK ("follower_id" <> "followee_id"), CONSTRAINT "PK_4ad98330236e87f39023125ae4f" PRIMARY KEY ("follower_id", "followee_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_00b7afd252d227233abff1c3bb" ON "member_follows"  ("followee_id") `);
    await queryRunner.query(`ALTER TABLE "posts" ADD "reaction_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE INDEX "IDX_posts_feed_created" ON "posts"  ("created_at", "id") WHERE "kind" IN ('inspiration', 'question') AND "deleted_at" IS NULL`);
    // Written by hand (TypeORM cannot describe them): the counter's starting value from the rows it counts,
    // the counters CHECK extended to it, and the feed's USEFUL order as an expression index.
    await queryRunner.query(`UPDATE "posts" p SET "reaction_count" = r.n FROM (SELECT "post_id", count(*)::int AS n FROM "reactions" GROUP BY "post_id") r WHERE p."id" = r."post_id"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "CHK_posts_counters"`);
    await queryRunner.query(`ALTER TABLE "posts" ADD CONSTRAINT "CHK_posts_counters" CHECK ("vote_count" >= 0 AND "answer_count" >= 0 AND "comment_count" >= 0 AND "reaction_count" >= 0)`);
    await queryRunner.query(`CREATE INDEX "IDX_posts_feed_useful" ON "posts" (("vote_count" + "reaction_count") DESC, "id" DESC) WHERE "kind" IN ('inspiration', 'question') AND "deleted_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "library_follows" ADD CONSTRAINT "FK_42cff8814aa2ffd313a5f399679" FOREIGN KEY ("follower_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "library_follows" ADD CONSTRAINT "FK_c1e249f3444615dec61c3bc27be" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_follows" ADD CONSTRAINT "FK_32c28890ebc1f470e50e0a0eece" FOREIGN KEY ("follower_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_follows" ADD CONSTRAINT "FK_00b7afd252d227233abff1c3bb8" FOREIGN KEY ("followee_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "member_follows" DROP CONSTRAINT "FK_00b7afd252d227233abff1c3bb8"`);
    await queryRunner.query(`ALTER TABLE "member_follows" DROP CONSTRAINT "FK_32c28890ebc1f470e50e0a0eece"`);
    await queryRunner.query(`ALTER TABLE "library_follows" DROP CONSTRAINT "FK_c1e249f3444615dec61c3bc27be"`);
    await queryRunner.query(`ALTER TABLE "library_follows" DROP CONSTRAINT "FK_42cff8814aa2ffd313a5f399679"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_feed_useful"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "CHK_posts_counters"`);
    await queryRunner.query(`ALTER TABLE "posts" ADD CONSTRAINT "CHK_posts_counters" CHECK ("vote_count" >= 0 AND "answer_count" >= 0 AND "comment_count" >= 0)`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_feed_created"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "reaction_count"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_00b7afd252d227233abff1c3bb"`);
    await queryRunner.query(`DROP TABLE "member_follows"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1e249f3444615dec61c3bc27b"`);
    await queryRunner.query(`DROP TABLE "library_follows"`);
  }
}
