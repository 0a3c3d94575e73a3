import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const API_PATHS = ['/graphql', '/health', '/metrics', '/calendar'];

/**
 * Serves the built React app: hashed assets cached for a year, index.html for every other GET so that
 * client-side routes (/members, /libraries/x) work on reload. Returns false when no build is present.
 */
export function serveWebApp(app: Express, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!distDir || !existsSync(index)) return false;
  app.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.some((p) => req.path.startsWith(p))) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
