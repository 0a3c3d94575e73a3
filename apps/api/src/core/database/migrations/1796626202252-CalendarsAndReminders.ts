import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarsAndReminders1796626202252 implements MigrationInterface {
  name = 'CalendarsAndReminders1796626202252';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_tokens" ("member_id" uuid NOT NULL, "selector" text NOT NULL, "verifier" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_82874ad2370d175218ab39034f1" UNIQUE ("selector"), CONSTRAINT "PK_81e5fdad4464871bf2954560900" PRIMARY KEY ("member_id"))`);
    await queryRunner.query(`ALTER TABLE "events" ADD "month_id" uuid`);
    await queryRunner.query(`ALTER TABLE "events" ADD "version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE INDEX "IDX_82c083530e55c041922e6cff64" ON "events"  ("month_id") `);
    await queryRunner.query(`ALTER TABLE "calendar_tokens" ADD CONSTRAINT "FK_81e5fdad4464871bf2954560900" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_82c083530e55c041922e6cff641" FOREIGN KEY ("month_id") REFERENCES "months"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_82c083530e55c041922e6cff641"`);
    await queryRunner.query(`ALTER TABLE "calendar_tokens" DROP CONSTRAINT "FK_81e5fdad4464871bf2954560900"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82c083530e55c041922e6cff64"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "month_id"`);
    await queryRunner.query(`DROP TABLE "calendar_tokens"`);
  }
}
