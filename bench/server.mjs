// The loopback server of `pnpm bench` (issue 13), in a process of its own so its work does not
// share the client's event loop. Forked by bench/harness.ts; answers on 127.0.0.1 with keep-alive.
//
// Modes (process.argv[2], JSON):
//   { kind: "echo" }   small fixed answers per path, as the APIs give them
//   { kind: "limit", limit, windowMs, offsetMs }   the same, counted in fixed windows aligned to
//                       `offsetMs` past the clock's window boundary: over the limit → 429 with
//                       Retry-After / X-RateLimit-*; every answer carries X-RateLimit-*
//   { kind: "pages", total, latencyMs }   ECGrid parcel pages of the requested size after latencyMs
//   { kind: "large", size }  ECGrid upload / download (Base64 in JSON) and AS2 send / attachment of `size` bytes
// Messages from the parent: "stats" → { served, limited, peakRssBytes, baseRssBytes }; "reset".
import { createServer } from "node:http";

const mode = JSON.parse(process.argv[2] ?? '{"kind":"echo"}');
let served = 0;
let limited = 0;
const baseRss = process.memoryUsage().rss;
let peakRss = baseRss;

const envelope = (data, extra = {}) =>
  JSON.stringify({ httpStatus: 200, message: "", traceId: "t", success: true, data, ...extra });
const NETWORK = envelope({ networkId: 1, name: "Loren Data", status: "Active" });
const NETWORKS = envelope([{ networkId: 1, name: "Loren Data", status: "Active" }]);
const STATIONS = JSON.stringify([{ stationId: "ACME", as2Id: "ACME_EDI", name: "Acme" }]);

let windowStart = 0;
let windowCount = 0;
function rateHeaders(now) {
  const { limit, windowMs, offsetMs = 0 } = mode;
  const start = Math.floor((now - offsetMs) / windowMs) * windowMs + offsetMs;
  if (start !== windowStart) {
    windowStart = start;
    windowCount = 0;
  }
  windowCount++;
  const resetMs = start + windowMs - now;
  return {
    over: windowCount > limit,
    headers: {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(Math.max(0, limit - windowCount)),
      // Seconds until the window resets, fractional (a scaled window is shorter than a second).
      "x-ratelimit-reset": String(Math.max(0, resetMs) / 1000),
    },
    resetMs,
  };
}

function parcelPage(body) {
  const { pageNo = 1, recordsPerPage = 25 } = JSON.parse(body || "{}");
  const from = (pageNo - 1) * recordsPerPage;
  const count = Math.max(0, Math.min(recordsPerPage, mode.total - from));
  const items = Array.from({ length: count }, (_, i) => ({
    parcelId: from + i + 1,
    fileName: `po-${from + i + 1}.edi`,
    status: "InBoxReady",
    bytes: 1200,
    created: "2026-01-01T00:00:00Z",
  }));
  return envelope(items, { totalRecords: mode.total, pageNo, recordsPerPage });
}

let downloadCache;
function large(method, path, body) {
  const size = mode.size ?? 0;
  if (path === "/v2/parcels/download") {
    downloadCache ??= envelope({
      parcelId: 1,
      fileName: "big.edi",
      content: Buffer.alloc(size, 0x41).toString("base64"),
    });
    return { type: "application/json", body: downloadCache };
  }
  if (path === "/v2/parcels/upload") {
    return { type: "application/json", body: envelope({ parcelId: 2 }) };
  }
  if (method === "GET" && /^\/v1\/message\/received\/[^/]+\/attachments$/.test(path)) {
    return { type: "application/octet-stream", body: Buffer.alloc(size, 0x42), disposition: "big.edi" };
  }
  if (method === "POST" && /^\/v1\/message\/[^/]+\/[^/]+$/.test(path)) {
    return {
      status: 202,
      type: "application/json",
      body: JSON.stringify({ message: `Successfully added a new outbound entry (${body.length} bytes)` }),
      link: "https://api.as2gateway.com/v1/message/sent/<1@as2gateway.com>",
    };
  }
  return undefined;
}

const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    served++;
    const rss = process.memoryUsage().rss;
    if (rss > peakRss) peakRss = rss;
    const url = new URL(request.url ?? "/", "http://x");
    const path = url.pathname;
    const body = Buffer.concat(chunks);
    const send = (status, type, payload, headers = {}) => {
      const length = typeof payload === "string" ? Buffer.byteLength(payload) : payload.length;
      response.writeHead(status, { "content-type": type, "content-length": String(length), ...headers });
      response.end(payload);
    };
    let headers = {};
    if (mode.kind === "limit") {
      const rate = rateHeaders(Date.now());
      headers = rate.headers;
      if (rate.over) {
        limited++;
        const retryAfter = String(Math.max(0, rate.resetMs) / 1000);
        send(429, "application/json", JSON.stringify({ message: "rate limited" }), {
          ...headers,
          "retry-after": retryAfter,
        });
        return;
      }
    }
    if (mode.kind === "pages" && path === "/v2/parcels/inbox-list") {
      setTimeout(() => send(200, "application/json", parcelPage(body.toString())), mode.latencyMs);
      return;
    }
    if (mode.kind === "large") {
      const answer = large(request.method, path, body);
      if (answer) {
        const extra = {
          ...(answer.disposition
            ? { "content-disposition": `attachment; filename="${answer.disposition}"` }
            : {}),
          ...(answer.link ? { link: answer.link } : {}),
        };
        send(answer.status ?? 200, answer.type, answer.body, { ...headers, ...extra });
        return;
      }
    }
    if (path.startsWith("/v2/networks/list")) return send(200, "application/json", NETWORKS, headers);
    if (path.startsWith("/v2/networks/")) return send(200, "application/json", NETWORK, headers);
    if (path.startsWith("/v1/station")) return send(200, "application/json", STATIONS, headers);
    send(404, "application/json", JSON.stringify({ message: `no ${path}` }), headers);
  });
});

server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.send?.({ port: server.address().port });
});
process.on("message", (message) => {
  if (message === "stats") {
    process.send?.({ stats: { served, limited, peakRssBytes: peakRss, baseRssBytes: baseRss } });
  } else if (message === "reset") {
    served = 0;
    limited = 0;
    windowStart = 0;
    windowCount = 0;
  }
});
process.on("disconnect", () => process.exit(0));
