import { createApp } from './app.factory.js';
import { loadConfig } from './core/config/app-config.js';

async function main(): Promise<void> {
  const running = await createApp(loadConfig());
  const { port, host, publicUrl } = running.config;
  await running.app.listen(port, host);
  const where = process.env.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : `the embedded database in ${running.config.dataDir}`;
  console.log(`LibLab is running at ${publicUrl} (listening on ${host}:${port}, using ${where}).`);
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal} received, shutting down...`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (process.env.NODE_ENV === 'development' && error instanceof Error) console.error(error.stack);
  process.exit(1);
});
