import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** One registry per app instance, so tests that start two APIs in one process do not collide. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route kind and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  function routeOf(path: string): string {
    if (path.startsWith('/graphql')) return '/graphql';
    if (path.startsWith('/health') || path.startsWith('/metrics')) return path;
    if (path.startsWith('/assets/')) return '/assets';
    if (path.startsWith('/calendar/')) return '/calendar';
    return 'web';
  }

  return {
    registry,
    middleware(req: Request, res: Response, next: NextFunction): void {
      const end = httpDuration.startTimer({ method: req.method, route: routeOf(req.path) });
      res.on('finish', () => end({ status: String(res.statusCode) }));
      next();
    },
    async handler(_req: Request, res: Response): Promise<void> {
      res.type(registry.contentType).send(await registry.metrics());
    },
  };
}
