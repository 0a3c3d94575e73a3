import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventFollowup1796626284217 implements MigrationInterface {
  name = 'EventFollowup1796626284217';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: TypeORM does not notice a changed CHECK expression. The new notification kinds.
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "CHK_notification_preferences_kind"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "CHK_notification_preferences_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag', 'question_escalated', 'event_question', 'event_recording', 'waitlist_promoted', 'event_cancelled'))`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_kind"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag', 'question_escalated', 'event_question', 'event_recording', 'waitlist_promoted', 'event_cancelled'))`);
    // Generated:
    await queryRunner.query(`CREATE TABLE "event_breakout_rooms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "project" text NOT NULL, "room" text, "url" text, "session_id" uuid, CONSTRAINT "CHK_event_breakout_rooms_place" CHECK ("room" IS NOT NULL OR "url" IS NOT NULL), CONSTRAINT "PK_978164276beb74d340bb8c1c75a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1575b9a5d77f02e84b2ef9a181" ON "event_breakout_rooms"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_event_breakout_rooms_event_position" ON "event_breakout_rooms"  ("event_id", "position") `);
    await queryRunner.query(`CREATE TABLE "event_questions" ("question_id" uuid NOT NULL, "event_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e5b459c7985b22b2f6bd2c3b66b" PRIMARY KEY ("question_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_event_questions_event_created" ON "event_questions"  ("event_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "events" ADD "recording_url" text`);
    await queryRunner.query(`ALTER TABLE "events" ADD "slides_url" text`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "event_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_ec240232d5de44495354f66e053"`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "post_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_6e28bd266f2b68f73f1a5d7a46" ON "notifications"  ("event_id") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_subject" CHECK (("post_id" IS NULL) <> ("event_id" IS NULL))`);
    await queryRunner.query(`ALTER TABLE "event_breakout_rooms" ADD CONSTRAINT "FK_3712c719b7701a91aa88646246c" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_breakout_rooms" ADD CONSTRAINT "FK_1575b9a5d77f02e84b2ef9a181d" FOREIGN KEY ("session_id") REFERENCES "event_sessions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_questions" ADD CONSTRAINT "FK_e5b459c7985b22b2f6bd2c3b66b" FOREIGN KEY ("question_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_questions" ADD CONSTRAINT "FK_3c9623f24ad731654d108647fc0" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_ec240232d5de44495354f66e053" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_6e28bd266f2b68f73f1a5d7a462" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Notifications about events (no post) and of the new kinds cannot stay once post_id is required again.
    await queryRunner.query(`DELETE FROM "notifications" WHERE "post_id" IS NULL OR "kind" IN ('event_question', 'event_recording', 'waitlist_promoted', 'event_cancelled')`);
    await queryRunner.query(`DELETE FROM "notification_preferences" WHERE "kind" IN ('event_question', 'event_recording', 'waitlist_promoted', 'event_cancelled')`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_6e28bd266f2b68f73f1a5d7a462"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_ec240232d5de44495354f66e053"`);
    await queryRunner.query(`ALTER TABLE "event_questions" DROP CONSTRAINT "FK_3c9623f24ad731654d108647fc0"`);
    await queryRunner.query(`ALTER TABLE "event_questions" DROP CONSTRAINT "FK_e5b459c7985b22b2f6bd2c3b66b"`);
    await queryRunner.query(`ALTER TABLE "event_breakout_rooms" DROP CONSTRAINT "FK_1575b9a5d77f02e84b2ef9a181d"`);
    await queryRunner.query(`ALTER TABLE "event_breakout_rooms" DROP CONSTRAINT "FK_3712c719b7701a91aa88646246c"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e28bd266f2b68f73f1a5d7a46"`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "post_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_ec240232d5de44495354f66e053" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "event_id"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "slides_url"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "recording_url"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_questions_event_created"`);
    await queryRunner.query(`DROP TABLE "event_questions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_breakout_rooms_event_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1575b9a5d77f02e84b2ef9a181"`);
    await queryRunner.query(`DROP TABLE "event_breakout_rooms"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "CHK_notification_preferences_kind"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "CHK_notification_preferences_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag', 'question_escalated'))`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_kind"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_kind" CHECK ("kind" IN ('answer_to_my_question', 'answer_accepted', 'comment_on_my_content', 'mention', 'post_in_followed_tag', 'question_escalated'))`);
  }
}
