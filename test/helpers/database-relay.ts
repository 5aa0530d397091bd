import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between the bot and PostgreSQL that plays the network's failures: `cut` resets every
 * connection and refuses new ones (a restart, a failover), `hang` keeps connections open but silently
 * drops what is sent both ways (a partition with no reset). `open` / `resume` bring it back.
 */
export interface DatabaseRelay {
  open(): Promise<void>;
  cut(): Promise<void>;
  hang(): void;
  resume(): void;
  /** The database URL through the relay (same port across cut and open). */
  url(): string;
}

export function databaseRelay(databaseUrl: string): DatabaseRelay {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  let hung = false;
  const forward = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      if (!hung) to.write(chunk);
    });
  return {
    open: () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port || 5432), target.hostname);
          const drop = () => {
            client.destroy();
            upstream.destroy();
          };
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('error', drop);
            s.on('close', () => {
              sockets.delete(s);
              drop();
            });
          }
          forward(client, upstream);
          forward(upstream, client);
        });
        server.listen(port, '127.0.0.1', () => {
          port = (server?.address() as { port: number }).port;
          resolve();
        });
      }),
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (!server?.listening) return resolve();
        server.close(() => resolve());
      }),
    hang: () => {
      hung = true;
    },
    resume: () => {
      hung = false;
    },
    url: () => {
      const u = new URL(target.toString());
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
  };
}
