import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Database } from './db/executor.js';
import type { Logger } from './graphql/errors.js';
import { createApp, httpOptionsFromEnv, type HttpOptions } from './http/app.js';
import { CatalogService } from './services/catalog.js';
import { OverviewService } from './services/overview.js';
import { GraphService } from './services/graph.js';

export interface RunningServer {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (request line or headers over
 * 16 kB, broken framing) get the API's JSON error shape instead of an empty answer.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    errors: [
      {
        message: tooLarge
          ? 'The request line or headers are larger than 16 kB.'
          : 'The HTTP request is malformed.',
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${String(Buffer.byteLength(body))}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}

/** The HTTP server over an already prepared database (schema applied, seed loaded). */
export async function startServer(
  db: Database,
  port: number,
  host: string,
  log: Logger,
  options: Partial<HttpOptions> = {},
): Promise<RunningServer> {
  const httpServer = createServer();
  const services = {
    graph: new GraphService(db),
    catalog: new CatalogService(db),
    overview: new OverviewService(db),
  };
  const { app, apollo } = await createApp(services, db, log, httpServer, {
    ...httpOptionsFromEnv(process.env),
    ...options,
  });
  httpServer.on('request', app);
  httpServer.on('clientError', answerClientError);
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
