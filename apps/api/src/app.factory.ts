import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { AppConfig } from './core/config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './core/database/embedded-postgres.js';
import { seedDemoDataIfEmpty } from './core/database/seeds/demo-seed.js';
import { createValidationPipe } from './core/graphql/validation.pipe.js';
import { createMetrics } from './core/http/metrics.js';
import { ReminderScheduler } from './modules/event-reminders/reminder-scheduler.service.js';
import { serveWebApp } from './core/http/web-app.js';

export interface RunningApp {
  app: NestExpressApplication;
  config: AppConfig & { databaseUrl: string };
  /** Closes the app, then the embedded database if we started one. */
  close(): Promise<void>;
}

/** Builds the whole API (HTTP + GraphQL + websockets) for a configuration; used by main.ts and the tests. */
export async function createApp(baseConfig: AppConfig): Promise<RunningApp> {
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = baseConfig.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(baseConfig.dataDir, baseConfig.dbPoolSize + 2);
    databaseUrl = embedded.url;
  }
  const config = { ...baseConfig, databaseUrl };
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
      bufferLogs: true,
      cors: { origin: [config.publicUrl], credentials: true },
    });
    app.useLogger(app.get(Logger));
    app.set('trust proxy', process.env.TRUST_PROXY ? Number(process.env.TRUST_PROXY) || process.env.TRUST_PROXY : false);
    app.disable('x-powered-by');
    const metrics = createMetrics();
    app.use(metrics.middleware);
    app.use(
      helmet({
        contentSecurityPolicy: {
          directives: {
            // Mantine writes inline styles; scripts only from our own origin.
            'style-src': ["'self'", "'unsafe-inline'"],
            'img-src': ["'self'", 'data:', 'https:'],
            'connect-src': ["'self'", config.publicUrl.replace(/^http/, 'ws')],
            'upgrade-insecure-requests': config.publicUrl.startsWith('https:') ? [] : null,
          },
        },
        crossOriginEmbedderPolicy: false,
      }),
    );
    // Rich-text bodies are capped at 60,000 characters; leave room for them, refuse anything far larger.
    app.useBodyParser('json', { limit: '1mb' });
    app.use(cookieParser());
    app.getHttpAdapter().getInstance().get('/metrics', (req, res) => metrics.handler(req, res));
    app.useGlobalPipes(createValidationPipe());
    // Before init: Nest adds its own "not found" handler during init, which would shadow the web app.
    serveWebApp(app.getHttpAdapter().getInstance(), config.webDistDir);
    await app.init();
    if (config.seedDemoData) await seedDemoDataIfEmpty(app.get(DataSource), app.get(Logger));
    // Events written without the API (the demo seed, the CLI, releases before reminders) get their reminder jobs.
    await app.get(ReminderScheduler).scheduleUpcoming();
    return {
      app,
      config,
      async close() {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
