import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1795334353807 implements MigrationInterface {
  name = 'Events1795334353807';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'scheduled', "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "agenda" text NOT NULL DEFAULT '', "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, "capacity" integer, "registration_deadline" TIMESTAMP WITH TIME ZONE, "city" text, "venue" text, "address" text, "region" text, "join_url" text, "speakers" jsonb NOT NULL DEFAULT '[]', "created_by_id" uuid, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_events_times" CHECK ("ends_at" > "starts_at" AND ("registration_deadline" IS NULL OR "registration_deadline" <= "starts_at")), CONSTRAINT "CHK_events_capacity" CHECK ("capacity" IS NULL OR "capacity" > 0), CONSTRAINT "CHK_events_status" CHECK ("status" IN ('scheduled', 'cancelled')), CONSTRAINT "CHK_events_kind" CHECK ("kind" IN ('meetup', 'webinar', 'convention')), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f069cae9017d42da163f981ddb" ON "events"  ("region") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_ends_at" ON "events"  ("ends_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_starts_at" ON "events"  ("starts_at", "id") `);
    await queryRunner.query(`CREATE TABLE "event_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "member_id" uuid NOT NULL, "status" text NOT NULL, "queue" SERIAL NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "promoted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "attended" boolean, CONSTRAINT "UQ_event_registrations_event_member" UNIQUE ("event_id", "member_id"), CONSTRAINT "CHK_event_registrations_status" CHECK ("status" IN ('confirmed', 'waitlisted', 'cancelled')), CONSTRAINT "PK_953d3b862c2487289a92b2356e9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a54c19afbf45bb52bf2479e4c7" ON "event_registrations"  ("member_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_event_registrations_queue" ON "event_registrations"  ("event_id", "status", "queue") `);
    await queryRunner.query(`CREATE TABLE "event_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "room" text, "track" text, "speakers" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "CHK_event_sessions_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_dbe18de390df26f2dffc4ef3356" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_event_sessions_event_start" ON "event_sessions"  ("event_id", "starts_at") `);
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_08e606dc5182b142dc916e7abab" FOREIGN KEY ("created_by_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_a54c19afbf45bb52bf2479e4c7d" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_sessions" ADD CONSTRAINT "FK_58ce48ffbbdb12454db743d6cb0" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_sessions" DROP CONSTRAINT "FK_58ce48ffbbdb12454db743d6cb0"`);
    await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_a54c19afbf45bb52bf2479e4c7d"`);
    await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_28b0a253c87a80a4b013c437f7d"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_08e606dc5182b142dc916e7abab"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_sessions_event_start"`);
    await queryRunner.query(`DROP TABLE "event_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_registrations_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a54c19afbf45bb52bf2479e4c7"`);
    await queryRunner.query(`DROP TABLE "event_registrations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_events_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_events_ends_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f069cae9017d42da163f981ddb"`);
    await queryRunner.query(`DROP TABLE "events"`);
  }
}
