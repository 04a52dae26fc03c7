// Loopback servers for the suites: a node:http server on 127.0.0.1 that records every request and
// lets the test answer it, the listen/close plumbing every hand-made server needs, a JSON answer,
// and a port where nothing listens.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";

export interface Listening {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Drops every open connection (a hanging answer included) and stops listening. */
  close(): Promise<void>;
}

/** Starts `server` on a random port of 127.0.0.1. */
export async function listen(server: Server): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ReceivedRequest {
  method: string;
  /** The raw request target as it arrived, e.g. `/v1/message/sent/%3Ca%40b%3E`. */
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

export interface TestServer extends Listening {
  received: ReceivedRequest[];
}

/** A node:http server on 127.0.0.1 that records each request (body included) and lets `handle` answer. */
export async function startServer(
  handle: (request: ReceivedRequest, res: ServerResponse, index: number) => unknown,
): Promise<TestServer> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const entry: ReceivedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      received.push(entry);
      void handle(entry, res, received.length - 1);
    });
  });
  return { ...(await listen(server)), received };
}

/** Answers `res` with a JSON body. */
export function sendJson(
  res: ServerResponse,
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  return port;
}
