import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// One node:http server for a process that runs Slack and Teams together: each request goes, by its path,
// to the surface that owns it. Teams' messaging endpoint to the Teams SDK's Express app (which verifies
// the Bot Framework token); everything else to Slack's HTTP receiver (signature check and request guard,
// OAuth install and redirect, /healthz, /readyz, /metrics, the Collection Partner API, 404 for the rest),
// or — Slack in Socket Mode, with no HTTP of its own — to the Teams app, which serves the same endpoints.

export interface SharedServerRoutes {
  /** Teams' messaging endpoint (the SDK's `messagingEndpoint`, '/api/messages'). */
  teamsPath: string;
  teams: RequestListener;
  /** Slack's HTTP receiver; absent in Socket Mode. */
  slack?: RequestListener;
  /** Told when a listener throws before answering (the request gets a 500). */
  onError?: (error: unknown) => void;
}

export interface SharedServer {
  port: number;
  listening(): boolean;
  /**
   * Stops taking new connections and requests, lets the requests in hand finish (keep-alive connections
   * are closed as soon as they are idle), and resolves once the last connection has ended. Connections
   * still open after `graceMs` are cut.
   */
  close(graceMs: number): Promise<void>;
}

const pathOf = (url: string | undefined) => (url ?? '/').split('?')[0] ?? '/';

/** The listener that sends each request to its surface (exported for tests of the routing alone). */
export function dispatchByPath(routes: SharedServerRoutes): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const listener = pathOf(req.url) === routes.teamsPath ? routes.teams : (routes.slack ?? routes.teams);
    try {
      listener(req, res);
    } catch (error) {
      routes.onError?.(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  };
}

/** Listens on `port` (0 picks a free one) with the dispatcher above. */
export function startSharedServer(routes: SharedServerRoutes, port: number): Promise<SharedServer> {
  const dispatch = dispatchByPath(routes);
  let closing = false;
  const server = createServer((req, res) => {
    // A request that arrives on a kept-alive connection during the drain is still answered, and the
    // connection closed after it.
    if (closing) res.setHeader('connection', 'close');
    res.once('finish', () => {
      if (closing) server.closeIdleConnections();
    });
    dispatch(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        listening: () => server.listening,
        close: (graceMs) =>
          new Promise<void>((done) => {
            closing = true;
            const cut = setTimeout(() => server.closeAllConnections(), graceMs);
            cut.unref();
            server.close(() => {
              clearTimeout(cut);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
