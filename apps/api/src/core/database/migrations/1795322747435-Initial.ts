import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795322747435 implements MigrationInterface {
  name = 'Initial1795322747435';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "libraries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "city" text NOT NULL, "region" text NOT NULL, "country" text NOT NULL, "description" text NOT NULL DEFAULT '', "website" text, "email" text, "phone" text, "address" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e393d54208f6dc4b924ef2eb6d3" UNIQUE ("slug"), CONSTRAINT "PK_505fedfcad00a09b3734b4223de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "library_id" uuid, "roles" text array NOT NULL DEFAULT '{member}', "languages" text array NOT NULL DEFAULT '{}', "interests" text array NOT NULL DEFAULT '{}', "position" text, "bio" text NOT NULL DEFAULT '', "public_email" text, "phone" text, "locale" text NOT NULL DEFAULT 'en', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2714af51e3f7dd42cf66eeb08d6" UNIQUE ("email"), CONSTRAINT "PK_28b53062261b996d9c99fa12404" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_25e4d92a1cd0b995fe6b98d68f" ON "members"  ("library_id") `);
    await queryRunner.query(`CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_91185d86d5d7557b19abbb2868b" UNIQUE ("token_hash"), CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0160123f878300041536a56f96" ON "password_reset_tokens"  ("member_id") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" text, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_32520aa49cd5a4acd571e81f75" ON "sessions"  ("member_id") `);
    await queryRunner.query(`ALTER TABLE "members" ADD CONSTRAINT "FK_25e4d92a1cd0b995fe6b98d68fe" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_0160123f878300041536a56f965" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_32520aa49cd5a4acd571e81f752" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_32520aa49cd5a4acd571e81f752"`);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "FK_0160123f878300041536a56f965"`);
    await queryRunner.query(`ALTER TABLE "members" DROP CONSTRAINT "FK_25e4d92a1cd0b995fe6b98d68fe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_32520aa49cd5a4acd571e81f75"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0160123f878300041536a56f96"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_25e4d92a1cd0b995fe6b98d68f"`);
    await queryRunner.query(`DROP TABLE "members"`);
    await queryRunner.query(`DROP TABLE "libraries"`);
  }
}
