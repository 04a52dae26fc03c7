// Per-call overhead on a loopback keep-alive server (issue 13, target 1): raw fetch, bare
// openapi-fetch, the ECGrid and AS2 Gateway wrappers (auth, retries, throttle on but never
// reached), sequential and 16 concurrent, interleaved rounds.
import { createThrottle } from "@edi-clients/runtime";
import createClient from "openapi-fetch";
import type { paths as As2Paths } from "../packages/as2-gateway/src/generated/openapi.ts";
import { As2Gateway } from "../packages/as2-gateway/src/index.ts";
import type { paths as EcgridPaths } from "../packages/ecgrid/src/generated/openapi.ts";
import { ECGrid } from "../packages/ecgrid/src/index.ts";
import {
  interleaved,
  median,
  pairedRatio,
  type Row,
  startServer,
  type Timing,
  us,
  type Variant,
} from "./harness.ts";

const unlimited = { limit: 1e9, windowMs: 60_000 };

/**
 * The same calls with the network stubbed (a fetch answering from memory): what the wrapper itself
 * costs in CPU per call, the number that stays put on a loaded machine.
 */
export async function stubbedOverhead(options: { callsPerRound?: number; rounds?: number } = {}) {
  const network = JSON.stringify({
    httpStatus: 200,
    message: "",
    traceId: "t",
    success: true,
    data: { networkId: 1, name: "Loren Data", status: "Active" },
  });
  const stations = JSON.stringify([{ stationId: "ACME", as2Id: "ACME_EDI", name: "Acme" }]);
  const answer = (text: string) => async () =>
    new Response(text, { status: 200, headers: { "content-type": "application/json" } });
  const baseUrl = "https://bench.test";
  const bareEcgrid = createClient<EcgridPaths>({
    baseUrl,
    fetch: answer(network),
    headers: { "X-API-Key": "k" },
  });
  const bareAs2 = createClient<As2Paths>({
    baseUrl,
    fetch: answer(stations),
    headers: { Authorization: "t" },
  });
  const ecgrid = new ECGrid({
    apiKey: "k",
    baseUrl,
    fetch: answer(network),
    throttle: unlimited,
    logLevel: "off",
  });
  const as2 = new As2Gateway({
    token: "t",
    baseUrl,
    fetch: answer(stations),
    throttle: unlimited,
    logLevel: "off",
  });
  const variants: Variant[] = [
    {
      name: "bare openapi-fetch, ECGrid GET",
      call: () => bareEcgrid.GET("/v2/networks/{id}", { params: { path: { id: 1 } } }),
    },
    { name: "ECGrid wrapper (networks.get)", call: () => ecgrid.networks.get(1) },
    {
      name: "ECGrid raw (same transport, no resource layer)",
      call: () => ecgrid.raw.GET("/v2/networks/{id}", { params: { path: { id: 1 } } }),
    },
    { name: "bare openapi-fetch, AS2 GET", call: () => bareAs2.GET("/v1/station", {}) },
    { name: "AS2 wrapper (stations.list)", call: () => as2.stations.list() },
  ];
  const { timings, roundsUs } = await interleaved(variants, { warmup: 2_000, ...options });
  await ecgrid.close();
  await as2.close();
  const rows: Row[] = timings.map((t, i) => ({
    section: "overhead, network stubbed (CPU)",
    what: t.name,
    value: us(t.medianUs),
    ratio: pairedRatio(roundsUs, i, i < 3 ? 0 : 3).toFixed(2),
    note: `${t.calls} calls, rounds ${us(t.minUs)}–${us(t.maxUs)}; × bare openapi-fetch`,
  }));
  return { rows, data: { timings, roundsUs } };
}

export async function overhead(options: { callsPerRound?: number; rounds?: number } = {}): Promise<{
  rows: Row[];
  data: Record<string, unknown>;
}> {
  const server = await startServer({ kind: "echo" });
  const baseUrl = server.url;
  const bareEcgrid = createClient<EcgridPaths>({
    baseUrl,
    headers: { "X-API-Key": "k", Accept: "application/json" },
  });
  const bareAs2 = createClient<As2Paths>({ baseUrl, headers: { Authorization: "t" } });
  // Bare openapi-fetch given what the wrapper needs for its per-attempt timeout: an abort signal
  // (undici follows it per request) and a timer. The share of the wrapper's overhead that is this
  // one reliability property, measured apart from the rest.
  const withTimeout: typeof fetch = (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    return globalThis.fetch(input, { ...init, signal: controller.signal }).finally(() => clearTimeout(timer));
  };
  const timedEcgrid = createClient<EcgridPaths>({
    baseUrl,
    fetch: withTimeout,
    headers: { "X-API-Key": "k", Accept: "application/json" },
  });
  const timedAs2 = createClient<As2Paths>({ baseUrl, fetch: withTimeout, headers: { Authorization: "t" } });
  // Bare openapi-fetch given both guarantees the wrapper keeps on every call even when nothing
  // fails: the client-side rate limit (the runtime's own throttle, at the same unreached limit:
  // a permit before the request, settled with the answer's rate-limit headers) and the timeout,
  // which covers the body too. What remains between this row and the wrapper is everything else
  // (attempt loop, input and option checks, typed results, ECGrid's envelope and tolerant record).
  const guardedFetch = (): typeof fetch => {
    const throttle = createThrottle(unlimited);
    return async (input, init) => {
      const permit = await throttle.acquire();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        const response = await globalThis.fetch(input, { ...init, signal: controller.signal });
        permit.settle(response);
        const body = await response.arrayBuffer();
        return new Response(body, { status: response.status, headers: response.headers });
      } finally {
        clearTimeout(timer);
      }
    };
  };
  const guardedEcgrid = createClient<EcgridPaths>({
    baseUrl,
    fetch: guardedFetch(),
    headers: { "X-API-Key": "k", Accept: "application/json" },
  });
  const guardedAs2 = createClient<As2Paths>({
    baseUrl,
    fetch: guardedFetch(),
    headers: { Authorization: "t" },
  });
  const ecgrid = new ECGrid({ apiKey: "k", baseUrl, throttle: unlimited, logLevel: "off" });
  const as2 = new As2Gateway({ token: "t", baseUrl, throttle: unlimited, logLevel: "off" });
  const ok = (r: Response) => {
    if (!r.ok) throw new Error(`status ${r.status}`);
    return r.json();
  };
  const groups: { label: string; variants: Variant[] }[] = [
    {
      label: "ECGrid GET /v2/networks/{id}",
      variants: [
        {
          name: "raw fetch",
          call: () => fetch(`${baseUrl}/v2/networks/1`, { headers: { "X-API-Key": "k" } }).then(ok),
        },
        {
          name: "bare openapi-fetch",
          call: () => bareEcgrid.GET("/v2/networks/{id}", { params: { path: { id: 1 } } }),
        },
        { name: "ECGrid wrapper", call: () => ecgrid.networks.get(1) },
        {
          name: "bare openapi-fetch + timeout signal",
          call: () => timedEcgrid.GET("/v2/networks/{id}", { params: { path: { id: 1 } } }),
        },
        {
          name: "bare openapi-fetch + throttle + timeout over the body",
          call: () => guardedEcgrid.GET("/v2/networks/{id}", { params: { path: { id: 1 } } }),
        },
      ],
    },
    {
      label: "ECGrid POST /v2/networks/list",
      variants: [
        {
          name: "raw fetch",
          call: () =>
            fetch(`${baseUrl}/v2/networks/list`, {
              method: "POST",
              headers: { "X-API-Key": "k", "Content-Type": "application/json" },
              body: JSON.stringify({ pageNo: 1, recordsPerPage: 25 }),
            }).then(ok),
        },
        {
          name: "bare openapi-fetch",
          call: () => bareEcgrid.POST("/v2/networks/list", { body: { pageNo: 1, recordsPerPage: 25 } }),
        },
        { name: "ECGrid wrapper", call: () => ecgrid.networks.list({ pageNo: 1, recordsPerPage: 25 }) },
      ],
    },
    {
      label: "AS2 GET /v1/station",
      variants: [
        {
          name: "raw fetch",
          call: () => fetch(`${baseUrl}/v1/station`, { headers: { Authorization: "t" } }).then(ok),
        },
        { name: "bare openapi-fetch", call: () => bareAs2.GET("/v1/station", {}) },
        { name: "AS2 wrapper", call: () => as2.stations.list() },
        { name: "bare openapi-fetch + timeout signal", call: () => timedAs2.GET("/v1/station", {}) },
        {
          name: "bare openapi-fetch + throttle + timeout over the body",
          call: () => guardedAs2.GET("/v1/station", {}),
        },
      ],
    },
  ];
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  for (const concurrency of [1, 16]) {
    for (const group of groups) {
      const { timings, roundsUs, cpuRoundsUs } = await interleaved(group.variants, {
        ...options,
        concurrency,
      });
      const mode = concurrency === 1 ? "sequential" : "16 concurrent";
      data[`${group.label} (${mode})`] = { timings, roundsUs, cpuRoundsUs };
      timings.forEach((t: Timing, i) => {
        // The client process's CPU per call (user + system) moves far less with the machine's load
        // than wall time: its ratio is the steadier reading of the same rounds.
        const cpu = median(cpuRoundsUs[i] as number[]);
        const cpuRatio = pairedRatio(cpuRoundsUs, i, 1);
        rows.push({
          section: `overhead, ${mode}`,
          what: `${group.label}: ${t.name}`,
          value: us(t.medianUs),
          ratio: i === 1 ? "1.00" : `${pairedRatio(roundsUs, i, 1).toFixed(2)}`,
          note: `${t.calls} calls, rounds ${us(t.minUs)}–${us(t.maxUs)}; client CPU ${us(cpu)}/call, ${cpuRatio.toFixed(2)}× bare`,
        });
      });
    }
  }
  await ecgrid.close();
  await as2.close();
  await server.stop();
  return { rows, data };
}
