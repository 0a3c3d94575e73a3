import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Months1795335684366 implements MigrationInterface {
  name = 'Months1795335684366';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: TypeORM does not notice a changed CHECK expression. The new notification kind.
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "CHK_notification_preferences_kind"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "CHK_notification_preferences_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag', 'question_escalated'))`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_kind"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag', 'question_escalated'))`);
    await queryRunner.query(`CREATE TABLE "months" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "theme" text NOT NULL, "description" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'draft', "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "cover_image_url" text, "answer_hours" integer NOT NULL DEFAULT '48', "created_by_id" uuid, "summary_inspiration_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_months_answer_hours" CHECK ("answer_hours" BETWEEN 1 AND 720), CONSTRAINT "CHK_months_dates" CHECK ("ends_at" > "starts_at"), CONSTRAINT "CHK_months_status" CHECK ("status" IN ('draft', 'announced', 'open', 'wrap_up', 'archived')), CONSTRAINT "PK_6d28d9fc3fd263f08f01fc8f044" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7da983c7bf10b802e66a4080b2" ON "months"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_months_starts_at" ON "months"  ("starts_at") `);
    await queryRunner.query(`CREATE TABLE "month_experts" ("month_id" uuid NOT NULL, "member_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d97885c99312717f7bac1391ca" PRIMARY KEY ("month_id", "member_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b2cec50992a56343025495247d" ON "month_experts"  ("member_id") `);
    await queryRunner.query(`CREATE TABLE "month_questions" ("question_id" uuid NOT NULL, "month_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "escalated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_95853c05d7515aff5e846ad7d11" PRIMARY KEY ("question_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_054f719b236c29ea795b0b89f1" ON "month_questions"  ("month_id") `);
    await queryRunner.query(`ALTER TABLE "months" ADD CONSTRAINT "FK_7da983c7bf10b802e66a4080b23" FOREIGN KEY ("created_by_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "months" ADD CONSTRAINT "FK_b2dd4ad64a41e5ff11973ad8158" FOREIGN KEY ("summary_inspiration_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "month_experts" ADD CONSTRAINT "FK_b0212959bace4d68d193bdf428d" FOREIGN KEY ("month_id") REFERENCES "months"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "month_experts" ADD CONSTRAINT "FK_b2cec50992a56343025495247d8" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "month_questions" ADD CONSTRAINT "FK_95853c05d7515aff5e846ad7d11" FOREIGN KEY ("question_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "month_questions" ADD CONSTRAINT "FK_054f719b236c29ea795b0b89f19" FOREIGN KEY ("month_id") REFERENCES "months"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "month_questions" DROP CONSTRAINT "FK_054f719b236c29ea795b0b89f19"`);
    await queryRunner.query(`ALTER TABLE "month_questions" DROP CONSTRAINT "FK_95853c05d7515aff5e846ad7d11"`);
    await queryRunner.query(`ALTER TABLE "month_experts" DROP CONSTRAINT "FK_b2cec50992a56343025495247d8"`);
    await queryRunner.query(`ALTER TABLE "month_experts" DROP CONSTRAINT "FK_b0212959bace4d68d193bdf428d"`);
    await queryRunner.query(`ALTER TABLE "months" DROP CONSTRAINT "FK_b2dd4ad64a41e5ff11973ad8158"`);
    await queryRunner.query(`ALTER TABLE "months" DROP CONSTRAINT "FK_7da983c7bf10b802e66a4080b23"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_054f719b236c29ea795b0b89f1"`);
    await queryRunner.query(`DROP TABLE "month_questions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b2cec50992a56343025495247d"`);
    await queryRunner.query(`DROP TABLE "month_experts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_months_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7da983c7bf10b802e66a4080b2"`);
    await queryRunner.query(`DROP TABLE "months"`);
    await queryRunner.query(`DELETE FROM "notification_preferences" WHERE "kind" = 'question_escalated'`);
    await queryRunner.query(`DELETE FROM "notifications" WHERE "kind" = 'question_escalated'`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "CHK_notification_preferences_kind"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "CHK_notification_preferences_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag'))`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_kind"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag'))`);
  }
}
