import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from './db/executor.js';
import type { Logger } from './graphql/errors.js';
import { createApp } from './http/app.js';
import { CatalogService } from './services/catalog.js';
import { GraphService } from './services/graph.js';

export interface RunningServer {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

/** The HTTP server over an already prepared database (schema applied, seed loaded). */
export async function startServer(
  db: Database,
  port: number,
  host: string,
  log: Logger,
): Promise<RunningServer> {
  const httpServer = createServer();
  const services = { graph: new GraphService(db), catalog: new CatalogService(db) };
  const { app, apollo } = await createApp(services, db, log, httpServer);
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      resolve();
    });
  });
  const { port: actual } = httpServer.address() as AddressInfo;
  const shownHost =
    host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${actual}`,
    httpServer,
    // The drain plugin closes the HTTP server as part of stopping Apollo.
    stop: async () => {
      await apollo.stop();
    },
  };
}
