/**
 * Database commands: `node dist/apps/api/cli.js migrate|seed|reset|generate-migration <Name>`.
 * They use DATABASE_URL, or the embedded database under DATA_DIR (stop `npm start` first: one process
 * per data directory).
 */
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from './core/config/app-config.js';
import { dataSourceOptions } from './core/database/data-source-options.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './core/database/embedded-postgres.js';
import { seedDemoData } from './core/database/seeds/demo-seed.js';

const MIGRATIONS_DIR = join(process.cwd(), 'apps/api/src/core/database/migrations');

async function withDataSource<T>(work: (ds: DataSource) => Promise<T>, dataDir?: string): Promise<T> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(dataDir ?? config.dataDir, 4);
    url = embedded.url;
  }
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

/** Rewrites migrations/index.ts to list every migration file in timestamp order. */
function writeMigrationIndex(): void {
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f)).sort();
  const classes = files.map((f) => {
    const [, timestamp, name] = /^(\d+)-([A-Za-z0-9]+)\.ts$/.exec(f)!;
    return { className: `${name}${timestamp}`, path: `./${f.replace(/\.ts$/, '.js')}` };
  });
  writeFileSync(
    join(MIGRATIONS_DIR, 'index.ts'),
    `/** Every migration in order; written by \`npm run db:migration:generate -- Name\`. */\n` +
      classes.map((c) => `import { ${c.className} } from '${c.path}';\n`).join('') +
      `\nexport const MIGRATIONS: Function[] = [${classes.map((c) => c.className).join(', ')}];\n`,
  );
}

/** Same output as `typeorm migration:generate`: the difference between the entities and a migrated database. */
async function generateMigration(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name, e.g. AddLibraries');
  await withDataSource(async (ds) => {
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = [...sql.downQueries].reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${className} implements MigrationInterface {\n  name = '${className}';\n\n` +
        `  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n` +
        `  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    writeMigrationIndex();
    console.log(`Wrote ${file}. Read it, then commit it.`);
  }, 'memory://');
}

async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  switch (command) {
    case 'migrate':
      await withDataSource(async (ds) => {
        const done = await ds.runMigrations({ transaction: 'each' });
        console.log(done.length ? `Ran ${done.map((m) => m.name).join(', ')}.` : 'The database is up to date.');
      });
      break;
    case 'seed':
      await withDataSource(async (ds) => {
        await ds.runMigrations({ transaction: 'each' });
        const [{ count }] = (await ds.query('SELECT count(*)::int AS count FROM members')) as { count: number }[];
        if (count > 0) {
          console.log(`The database already has ${count} members; nothing seeded. Use \`npm run db:reset\` to start over.`);
          return;
        }
        const result = await seedDemoData(ds);
        console.log(`Seeded ${result.libraries} libraries and ${result.members} members.`);
      });
      break;
    case 'reset':
      await withDataSource(async (ds) => {
        await ds.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
        await ds.runMigrations({ transaction: 'each' });
        const result = await seedDemoData(ds);
        console.log(`Reset the database: ${result.libraries} libraries and ${result.members} members.`);
      });
      break;
    case 'generate-migration':
      await generateMigration(arg ?? '');
      break;
    default:
      console.error('Usage: cli.js migrate | seed | reset | generate-migration <Name>');
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
