import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Health } from './health.ts';
import { scrape } from './metrics.ts';

// /healthz, /readyz and /metrics as plain node:http handlers, so that Bolt's customRoutes, the Teams
// SDK's Express server and the worker's own small server all serve exactly the same answers.

export type OpsPath = '/healthz' | '/readyz' | '/metrics';
export const OPS_PATHS: readonly OpsPath[] = ['/healthz', '/readyz', '/metrics'];

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The three endpoints' handlers, by path. */
export function opsHandlers(health: Health): Record<OpsPath, Handler> {
  return {
    // Alive: the process runs and its HTTP server answers. Nothing else is asked, so a database outage
    // never gets healthy instances restarted.
    '/healthz': async (_req, res) => json(res, 200, { ok: true }),
    '/readyz': async (_req, res) => {
      const readiness = await health.ready();
      json(res, readiness.ready ? 200 : 503, readiness);
    },
    '/metrics': async (_req, res) => {
      try {
        const { contentType, body } = await scrape();
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        res.end(body);
      } catch (error) {
        json(res, 500, { error: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}

/** Answers the request when it is for one of the endpoints (GET or HEAD); false otherwise. */
export async function serveOps(health: Health, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = (req.url ?? '/').split('?')[0] as OpsPath;
  const handler = opsHandlers(health)[path];
  if (!handler || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  await handler(req, res);
  return true;
}

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * A server of its own for a process without one (the worker; the console when PORT is set): the endpoints,
 * then `more` (the Collection Partner API) when given, and 404 for the rest.
 */
export function startOpsServer(
  health: Health,
  port: number,
  host?: string,
  more?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>,
): Promise<OpsServer> {
  const server = createServer((req, res) => {
    serveOps(health, req, res)
      .then(async (served) => served || ((await more?.(req, res)) ?? false))
      .then((served) => {
        if (!served) json(res, 404, { error: 'not found' });
      })
      .catch((error: unknown) => {
        if (!res.headersSent)
          json(res, 500, { error: error instanceof Error ? error.message : String(error) });
        else res.end();
      });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
