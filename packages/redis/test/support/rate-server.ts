// A loopback stand-in for the ECGrid API that enforces a fixed-window rate limit per API key, the
// way the server counts: windows of `windowMs` aligned to the clock (epoch multiples), `limit`
// requests each, X-RateLimit-Limit/-Remaining/-Reset (Reset as the Unix time in seconds the window
// ends) on every answer, 429 with Retry-After over the limit. It records every request.
import { createServer, type Server } from "node:http";
import { listen } from "@edi-clients/test-helpers/server";

export interface RateServerRequest {
  at: number;
  window: number;
  status: number;
  apiKey: string | undefined;
}

export interface RateServer {
  url: string;
  requests: RateServerRequest[];
  close(): Promise<void>;
}

export async function startRateServer(options: {
  limit: number;
  windowMs: number;
  /** `epoch` (default): Reset is the Unix time of the window's end; `delta`: whole seconds until it, rounded up. */
  reset?: "epoch" | "delta";
}): Promise<RateServer> {
  const { limit, windowMs } = options;
  const counts = new Map<string, number>();
  const requests: RateServerRequest[] = [];
  const server: Server = createServer((req, res) => {
    const at = Date.now();
    const window = Math.floor(at / windowMs);
    const apiKey = req.headers["x-api-key"] as string | undefined;
    const id = `${apiKey}:${window}`;
    const count = (counts.get(id) ?? 0) + 1;
    counts.set(id, count);
    const resetAt = (window + 1) * windowMs;
    const headers = {
      "content-type": "application/json",
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(Math.max(0, limit - count)),
      "x-ratelimit-reset":
        options.reset === "delta"
          ? String(Math.max(1, Math.ceil((resetAt - at) / 1000)))
          : String(Math.round(resetAt / 1000)),
    };
    const status = count > limit ? 429 : 200;
    requests.push({ at, window, status, apiKey });
    req.resume();
    if (status === 429) {
      res.writeHead(429, {
        ...headers,
        "retry-after": String(Math.max(1, Math.ceil((resetAt - at) / 1000))),
      });
      res.end(
        JSON.stringify({
          httpStatus: 429,
          success: false,
          message: "Rate limit exceeded.",
          errorCode: "RateLimitExceeded",
        }),
      );
      return;
    }
    res.writeHead(200, headers);
    res.end(
      JSON.stringify({
        httpStatus: 200,
        success: true,
        message: "",
        data: { networkId: 1, name: "Loopback" },
      }),
    );
  });
  const { url, close } = await listen(server);
  return { url, requests, close };
}
