// Starts a Hono app's fetch handler on 127.0.0.1 and resolves once it listens.
import { createAdaptorServer } from "@hono/node-server";

export type SandboxServer = ReturnType<typeof createAdaptorServer>;

export async function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
): Promise<SandboxServer> {
  const server = createAdaptorServer({ fetch });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}
