import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795327367543 implements MigrationInterface {
  name = 'Notifications1795327367543';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("member_id" uuid NOT NULL, "kind" text NOT NULL, "email" boolean NOT NULL, CONSTRAINT "CHK_notification_preferences_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag')), CONSTRAINT "PK_9abdea570321fec017bf9e1b80e" PRIMARY KEY ("member_id", "kind"))`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "subject_id" uuid NOT NULL, "post_id" uuid NOT NULL, "comment_id" uuid, "actor_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_notifications_event" UNIQUE ("recipient_id", "kind", "subject_id"), CONSTRAINT "CHK_notifications_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ec240232d5de44495354f66e05" ON "notifications"  ("post_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e20313cbf1dacbb2abc5bd66d2" ON "notifications"  ("comment_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_recipient_unread" ON "notifications"  ("recipient_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_recipient_created" ON "notifications"  ("recipient_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "tag_follows" ("member_id" uuid NOT NULL, "tag_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4eb6149c08a1defa43b2ec8b400" PRIMARY KEY ("member_id", "tag_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_975ea2865b01e9e232d234a599" ON "tag_follows"  ("tag_id") `);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_b46f4431d5c6707b3da7ecfbb6f" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_ec240232d5de44495354f66e053" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_e20313cbf1dacbb2abc5bd66d26" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6" FOREIGN KEY ("actor_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tag_follows" ADD CONSTRAINT "FK_cc9f226fe56e21cd67821c7e327" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tag_follows" ADD CONSTRAINT "FK_975ea2865b01e9e232d234a5991" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tag_follows" DROP CONSTRAINT "FK_975ea2865b01e9e232d234a5991"`);
    await queryRunner.query(`ALTER TABLE "tag_follows" DROP CONSTRAINT "FK_cc9f226fe56e21cd67821c7e327"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_e20313cbf1dacbb2abc5bd66d26"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_ec240232d5de44495354f66e053"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_b46f4431d5c6707b3da7ecfbb6f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_975ea2865b01e9e232d234a599"`);
    await queryRunner.query(`DROP TABLE "tag_follows"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_recipient_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_recipient_unread"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e20313cbf1dacbb2abc5bd66d2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec240232d5de44495354f66e05"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
  }
}
