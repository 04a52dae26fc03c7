// `edi-clients ecgrid doctor` and `edi-clients as2 doctor` end to end: against Prism (the spec's own
// answers: exit 0), against loopback node:http servers that drift (wrong type, missing required
// field, unknown shape) or fail (500 with a traceId, 401, nothing listening), and against one that
// echoes the credentials and distinctive payload values in every answer (none may be printed).
import { readFileSync } from "node:fs";
import { closedPort } from "@edi-clients/test-helpers/server";
import { afterEach, describe, expect, inject, it } from "vitest";
import { AS2_DOCTOR_STEPS } from "../src/doctor/as2-plan.js";
import { ECGRID_DOCTOR_STEPS } from "../src/doctor/ecgrid-plan.js";
import type { DoctorReport, DoctorStep, StepResult } from "../src/doctor/engine.js";
import { cliWith, type LoopbackAnswer, loopbackServer, recorder } from "./support.js";

const prism = inject("prismUrls") as Record<string, string>;
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

const ECGRID_KEY = "ecgrid-key-PLANTED-5f3a9c";
const AS2_TOKEN = "as2-token-PLANTED-8e21d0";
const AS2_PASSWORD = "as2-password-PLANTED-c47b1e";

const ecgrid = cliWith({ ECGRID_API_KEY: ECGRID_KEY });
const as2 = cliWith({ AS2G_TOKEN: AS2_TOKEN });

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(answer: Parameters<typeof loopbackServer>[0], upstream?: string) {
  const s = await loopbackServer(answer, upstream);
  servers.push(s);
  return s;
}

/** The plan operation a request was, by method and path template; undefined when none. */
function operationOf(
  steps: readonly DoctorStep[],
  request: { method: string; path: string },
): string | undefined {
  const step = steps.find(
    (s) =>
      s.method === request.method &&
      new RegExp(`^${s.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(request.path),
  );
  return step?.operation;
}

/** The server saw exactly the calls of the plan that were not skipped, in order, and nothing else. */
function expectOnlyPlannedCalls(
  steps: readonly DoctorStep[],
  seen: { method: string; path: string }[],
  results: StepResult[],
) {
  // A retried call (same operation twice in a row: the plan never repeats one) counts once.
  const calls = seen
    .map((r) => operationOf(steps, r) ?? `${r.method} ${r.path}`)
    .filter((op, i, all) => op !== all[i - 1]);
  expect(calls).toEqual(results.filter((r) => r.outcome !== "skipped").map((r) => r.operation));
}

function report(out: string): DoctorReport {
  return JSON.parse(out) as DoctorReport;
}

const byOperation = (r: DoctorReport) => Object.fromEntries(r.results.map((x) => [x.operation, x]));

describe("ecgrid doctor", () => {
  it("exits 0 against Prism: every call of the plan, each answer valid, nothing else requested", async () => {
    const seen = recorder();
    const text = await ecgrid(["ecgrid", "doctor"], { ECGRID_BASE_URL: prism.ecgrid }, seen.fetch);
    expect(text.err).toBe("");
    expect(text.code).toBe(0);
    const lines = text.out.split("\n");
    expect(lines[0]).toBe(
      `edi-clients ${version} ecgrid doctor · ECGrid REST API v2.6 · ${new URL(prism.ecgrid as string).host}`,
    );
    for (const step of ECGRID_DOCTOR_STEPS)
      expect(text.out).toMatch(new RegExp(`${step.operation}\\s+${step.method} \\S+\\s+ok \\(200\\)`));
    expect(lines.at(-1)).toMatch(/^21 ok, 0 drifted, 0 failed, 0 skipped — .* \(exit 0\)$/);

    const json = await ecgrid(["--json", "ecgrid", "doctor"], { ECGRID_BASE_URL: prism.ecgrid }, seen.fetch);
    expect(json.code).toBe(0);
    const r = report(json.out);
    expect(r).toMatchObject({
      tool: "edi-clients",
      version,
      command: "ecgrid doctor",
      api: "ECGrid REST API v2.6",
      host: new URL(prism.ecgrid as string).host,
      summary: { ok: ECGRID_DOCTOR_STEPS.length, drifted: 0, failed: 0, skipped: 0 },
      exitCode: 0,
    });
    expect(r.results.map((x) => x.operation)).toEqual(ECGRID_DOCTOR_STEPS.map((s) => s.operation));
    // Both runs: only the plan's calls reached the server.
    expectOnlyPlannedCalls(ECGRID_DOCTOR_STEPS, seen.requests.slice(ECGRID_DOCTOR_STEPS.length), r.results);
    expectOnlyPlannedCalls(
      ECGRID_DOCTOR_STEPS,
      seen.requests.slice(0, ECGRID_DOCTOR_STEPS.length),
      r.results,
    );
  });

  it("exits 2 and names the path of each drift: wrong type, missing required field, unknown shape", async () => {
    const drifting = await server(({ method, url }) => {
      if (url.pathname === "/v2/users/me")
        return {
          json: { success: true, data: { userId: "u-17", login: "jsmith", networkId: 1, mailboxId: 2 } },
        };
      if (method === "GET" && /^\/v2\/parcels\/\d+$/.test(url.pathname)) return { json: { success: true } };
      if (/^\/v2\/mailboxes\/\d+$/.test(url.pathname))
        return { json: { success: "true", data: { mailboxId: 2 } } };
      if (url.pathname === "/v2/ids/list") return { json: [{ surprise: true }] };
      // Valid by the schema, but `mailboxID` is the spec's `mailboxId` spelled another way (NOTES R7).
      if (url.pathname === "/v2/users/list")
        return { json: { success: true, data: [{ userId: 1, login: "jsmith", mailboxID: 2 }] } };
      return undefined;
    }, prism.ecgrid);
    const text = await ecgrid(["ecgrid", "doctor"], { ECGRID_BASE_URL: drifting.url });
    expect(text.code).toBe(2);
    expect(text.out).toMatch(
      /usersGetMe\s+GET \/v2\/users\/me\s+DRIFTED: \/data\S* expected .*(userId|integer)/,
    );
    expect(text.out).toMatch(
      /mailboxesGetMailbox\s+GET \/v2\/mailboxes\/\{id\}\s+DRIFTED: \/success expected boolean, got string/,
    );
    expect(text.out).toMatch(
      /parcelsGetParcel\s+GET \/v2\/parcels\/\{id\}\s+DRIFTED: \/data expected .*, got missing/,
    );
    expect(text.out).toMatch(
      /idsListIds\s+POST \/v2\/ids\/list\s+DRIFTED: \(body\) expected object.*, got array/,
    );
    expect(text.out.split("\n").at(-1)).toMatch(/\d+ ok, 5 drifted, 0 failed, 1 skipped .*\(exit 2\)$/);

    const json = await ecgrid(["--json", "ecgrid", "doctor"], { ECGRID_BASE_URL: drifting.url });
    expect(json.code).toBe(2);
    const r = report(json.out);
    expect(r.exitCode).toBe(2);
    const results = byOperation(r);
    expect(results.usersGetMe).toMatchObject({ outcome: "drifted", status: 200 });
    // The wrong type inside `data`: at its path, or (data being a choice of documented shapes) at
    // `/data` naming the closest shape's field.
    expect(
      results.usersGetMe?.issues?.some(
        (i) =>
          (i.path === "/data/userId" && i.received === "string") ||
          (i.path === "/data" && /\/data\/userId integer/.test(i.expected)),
      ),
    ).toBe(true);
    expect(results.mailboxesGetMailbox?.issues).toEqual([
      { path: "/success", expected: "boolean", received: "string" },
    ]);
    expect(results.parcelsGetParcel?.issues).toContainEqual(
      expect.objectContaining({ path: "/data", received: "missing" }),
    );
    expect(results.idsListIds?.issues).toContainEqual(
      expect.objectContaining({ path: "", received: "array" }),
    );
    // No ECGrid ID could be read from the unknown shape: its detail list is skipped, not guessed.
    expect(results.partnersListPartners).toMatchObject({ outcome: "skipped" });
    // Everything else still conforms.
    expect(r.results.filter((x) => x.outcome === "ok").length).toBe(ECGRID_DOCTOR_STEPS.length - 6);
    expectOnlyPlannedCalls(ECGRID_DOCTOR_STEPS, drifting.requests.slice(-r.summary.ok - 5), r.results);
  });

  it("exits 1 on a 500 with a traceId (reported with the status and the typed error)", async () => {
    const failing = await server(
      ({ url }) =>
        url.pathname === "/v2/users/me"
          ? {
              status: 500,
              json: { httpStatus: 500, success: false, message: "boom", traceId: "trace-500-4711" },
            }
          : undefined,
      prism.ecgrid,
    );
    const text = await ecgrid(["ecgrid", "doctor"], { ECGRID_BASE_URL: failing.url });
    expect(text.code).toBe(1);
    expect(text.out).toMatch(
      /usersGetMe\s+GET \/v2\/users\/me\s+FAILED: status 500, InternalServerError, traceId trace-500-4711/,
    );
    expect(text.out).toMatch(
      /networksGetNetwork\s+GET \/v2\/networks\/\{id\}\s+skipped: the user has no network ID/,
    );
    const r = report((await ecgrid(["--json", "ecgrid", "doctor"], { ECGRID_BASE_URL: failing.url })).out);
    expect(byOperation(r).usersGetMe).toEqual({
      operation: "usersGetMe",
      method: "GET",
      path: "/v2/users/me",
      outcome: "failed",
      status: 500,
      error: "InternalServerError",
      traceId: "trace-500-4711",
    });
    expect(r.summary).toMatchObject({ drifted: 0, failed: 1 });
    // A read is retried like any idempotent call (same transport as the client): 3 attempts.
    expect(failing.requests.filter((x) => x.path === "/v2/users/me").length).toBe(6);
  });

  it("exits 1 when the key is refused (401): every call failed, no detail guessed", async () => {
    const refusing = await server(() => ({
      status: 401,
      json: { success: false, message: "invalid key", traceId: "trace-401" },
    }));
    const r = report((await ecgrid(["--json", "ecgrid", "doctor"], { ECGRID_BASE_URL: refusing.url })).out);
    expect(r.exitCode).toBe(1);
    for (const x of r.results) {
      if (x.outcome === "skipped") expect(x.path).toMatch(/\{id\}|partners/);
      else
        expect(x).toMatchObject({
          outcome: "failed",
          status: 401,
          error: "AuthenticationError",
          traceId: "trace-401",
        });
    }
    expectOnlyPlannedCalls(ECGRID_DOCTOR_STEPS, refusing.requests, r.results);
  });

  it("a success status with success: false is a failure too", async () => {
    const s = await server(
      ({ url }) =>
        url.pathname === "/v2/auth/version"
          ? { json: { success: false, message: "no", traceId: "t-9" } }
          : undefined,
      prism.ecgrid,
    );
    const r = report((await ecgrid(["--json", "ecgrid", "doctor"], { ECGRID_BASE_URL: s.url })).out);
    expect(byOperation(r).authVersion).toMatchObject({
      outcome: "failed",
      status: 200,
      error: "success: false",
      traceId: "t-9",
    });
    expect(r.exitCode).toBe(1);
  });

  it("exits 1 with a typed connection error when nothing listens, without trying every call", async () => {
    const port = await closedPort();
    const text = await ecgrid(["ecgrid", "doctor"], { ECGRID_BASE_URL: `http://127.0.0.1:${port}` });
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/authVersion\s+GET \/v2\/auth\/version\s+FAILED: ConnectionError, ECONNREFUSED/);
    expect(text.out).toMatch(
      /usersGetMe\s+GET \/v2\/users\/me\s+skipped: not run: an earlier call could not reach the server/,
    );
    expect(text.out.split("\n").at(-1)).toMatch(/^0 ok, 0 drifted, 1 failed, 20 skipped/);
  });

  it("--help lists the calls and documents the exit statuses", async () => {
    const help = await ecgrid(["ecgrid", "doctor", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/parcelsGetParcel\s+GET \/v2\/parcels\/\{id\}/);
    expect(help.out).not.toMatch(/parcels\/download|send-test-file|test-callback/);
    expect(help.out).toMatch(/Exit status:\n {2}0 {2}every answer matched/);
  });
});

describe("as2 doctor", () => {
  it("exits 0 against Prism: every call of the plan, each answer valid, nothing else requested", async () => {
    const seen = recorder();
    const text = await as2(["as2", "doctor"], { AS2G_BASE_URL: prism["as2-gateway"] }, seen.fetch);
    expect(text.err).toBe("");
    expect(text.code).toBe(0);
    for (const step of AS2_DOCTOR_STEPS)
      expect(text.out).toMatch(new RegExp(`${step.operation}\\s+GET \\S+\\s+ok \\(200\\)`));
    const json = await as2(["--json", "as2", "doctor"], { AS2G_BASE_URL: prism["as2-gateway"] }, seen.fetch);
    const r = report(json.out);
    expect(r).toMatchObject({ command: "as2 doctor", api: "AS2 Gateway REST API v1", exitCode: 0 });
    expect(r.summary.ok).toBe(AS2_DOCTOR_STEPS.length);
    expectOnlyPlannedCalls(AS2_DOCTOR_STEPS, seen.requests.slice(AS2_DOCTOR_STEPS.length), r.results);
    // The received message is read with markAsRead=false, never marked read.
    expect(seen.paths.filter((p) => p.startsWith("/v1/message/received/"))).toEqual([
      expect.stringMatching(/\?markAsRead=false$/),
      expect.stringMatching(/\?markAsRead=false$/),
    ]);
  });

  it("exits 2 with the paths of a wrong type, a missing required field and an unknown shape", async () => {
    const drifting = await server(({ url }) => {
      if (url.pathname === "/v1/partner") return { json: { partners: [] } };
      if (url.pathname === "/v1/message/sent") return { json: { records: [] } };
      if (url.pathname === "/v1/message/failed") return { json: { totalRecords: "3", records: [] } };
      return undefined;
    }, prism["as2-gateway"]);
    const json = await as2(["--json", "as2", "doctor"], { AS2G_BASE_URL: drifting.url });
    expect(json.code).toBe(2);
    const results = byOperation(report(json.out));
    expect(results.listPartners?.issues).toContainEqual(
      expect.objectContaining({ path: "", received: "object" }),
    );
    expect(results.listSentMessages?.issues).toContainEqual(
      expect.objectContaining({ path: "/totalRecords", received: "missing" }),
    );
    expect(results.listFailedMessages?.issues).toContainEqual({
      path: "/totalRecords",
      expected: expect.stringMatching(/^integer/),
      received: "string",
    });
    // Empty lists: their detail calls are skipped.
    expect(results.getSentMessage).toMatchObject({ outcome: "skipped", reason: "no sent message" });
    expect(results.getFailedMessage).toMatchObject({ outcome: "skipped", reason: "no failed message" });
    expect(results.listStations).toMatchObject({ outcome: "ok" });
  });

  it("exits 1 when the token is refused (401)", async () => {
    const refusing = await server(() => ({ status: 401, json: { message: "Unauthorized" } }));
    const r = report((await as2(["--json", "as2", "doctor"], { AS2G_BASE_URL: refusing.url })).out);
    expect(r.exitCode).toBe(1);
    expect(byOperation(r).listStations).toMatchObject({
      outcome: "failed",
      status: 401,
      error: "AuthenticationError",
    });
    expectOnlyPlannedCalls(AS2_DOCTOR_STEPS, refusing.requests, r.results);
  });
});

describe("as2 doctor sign-in", () => {
  it("exits 1 when the username and password are refused: each call reports the 401, nothing else is called", async () => {
    const refusing = await server(({ url }) =>
      url.pathname === "/v1/authorize" ? { status: 401, json: { message: "bad credentials" } } : { json: {} },
    );
    const result = await as2(["--json", "as2", "doctor"], {
      AS2G_TOKEN: undefined,
      AS2G_USERNAME: "edi@example.com",
      AS2G_PASSWORD: AS2_PASSWORD,
      AS2G_BASE_URL: refusing.url,
    });
    expect(result.code).toBe(1);
    const r = report(result.out);
    for (const x of r.results.filter((x) => x.outcome !== "skipped"))
      expect(x).toMatchObject({ outcome: "failed", status: 401, error: "AuthenticationError" });
    expect(new Set(refusing.requests.map((x) => x.path))).toEqual(new Set(["/v1/authorize"]));
    expect(result.out + result.err).not.toContain(AS2_PASSWORD);
  });
});

describe("doctor never prints a credential or a payload value", () => {
  const PLANTED = ["PAYLOAD-PLANTED-b41f", "payload-planted@example.com", "97531864"] as const;
  const ISSUED = "as2-token-ISSUED-PLANTED-77aa";
  const ALL = [ECGRID_KEY, AS2_TOKEN, AS2_PASSWORD, ISSUED, ...PLANTED];

  function expectClean(output: string) {
    for (const secret of ALL) expect(output).not.toContain(secret);
  }

  /** Answers that echo every secret and planted value, in shapes that drift or fail. */
  /**
   * Answers that echo every credential and planted value, in shapes that drift or fail. `traceId`:
   * a credential of the run (the trace ID is reported by design, so a credential there must be masked).
   */
  function echoing(
    traceId: string,
  ): (request: { method: string; url: URL; body: unknown }) => LoopbackAnswer {
    let n = 0;
    const planted = {
      login: PLANTED[0],
      email: PLANTED[1],
      userId: PLANTED[0], // a wrong type: reported as a path and "string", never the value
      parcelId: Number(PLANTED[2]),
      ecGridId: Number(PLANTED[2]),
      as2MessageId: `<${PLANTED[0]}@x>`,
      apiKey: ECGRID_KEY,
      token: AS2_TOKEN,
      password: AS2_PASSWORD,
    };
    const failure = {
      success: false,
      message: `${ECGRID_KEY} ${AS2_PASSWORD} ${PLANTED[0]}`,
      traceId,
      detail: PLANTED[1],
    };
    return ({ url }) => {
      // One call fails with a 500 (retried, then reported), two with a 400 (not retried).
      if (url.pathname === "/v2/users/list" || url.pathname === "/v1/message/queued")
        return { status: 500, json: failure, headers: { "x-request-id": AS2_PASSWORD } };
      if (
        url.pathname === "/v2/comms/list" ||
        url.pathname === "/v1/partner" ||
        url.pathname === "/v2/status-lists"
      )
        return { status: 400, json: failure };
      n++;
      if (n % 3 === 1)
        return {
          json: {
            success: true,
            message: PLANTED[0],
            data: [planted],
            records: [planted],
            totalRecords: PLANTED[0],
          },
        };
      if (n % 3 === 2)
        return { json: { success: PLANTED[0], data: { ...planted, [PLANTED[0]]: PLANTED[1] } } };
      return { json: [planted, PLANTED[2], ECGRID_KEY] };
    };
  }

  it("ECGrid: neither the key nor any planted value, in text or JSON, on stdout or stderr", async () => {
    const s = await server(echoing(ECGRID_KEY));
    for (const args of [
      ["ecgrid", "doctor"],
      ["--json", "ecgrid", "doctor"],
    ]) {
      const result = await ecgrid(args, { ECGRID_BASE_URL: s.url });
      expect(result.code).not.toBe(0);
      expect(result.out).toMatch(/DRIFTED|"drifted"/);
      expect(result.out).toMatch(/FAILED|"failed"/);
      // The trace ID is reported, the credential the server put there masked.
      expect(result.out).toMatch(/traceId \*\*\*|"traceId": "\*\*\*"/);
      expectClean(result.out);
      expectClean(result.err);
    }
  });

  it("AS2 Gateway: neither the password, the issued token nor any planted value", async () => {
    const answer = echoing(ISSUED);
    const s = await server((request) =>
      request.url.pathname === "/v1/authorize"
        ? { json: { token: ISSUED, expiresIn: 3600 } }
        : answer(request),
    );
    const env = {
      AS2G_TOKEN: undefined,
      AS2G_USERNAME: "edi@example.com",
      AS2G_PASSWORD: AS2_PASSWORD,
      AS2G_BASE_URL: s.url,
    };
    for (const args of [
      ["as2", "doctor"],
      ["--json", "as2", "doctor"],
    ]) {
      const result = await as2(args, env);
      expect(result.code).not.toBe(0);
      expect(result.out).toMatch(/DRIFTED|"drifted"/);
      expect(result.out).toMatch(/traceId \*\*\*|"traceId": "\*\*\*"/);
      expectClean(result.out);
      expectClean(result.err);
    }
    // Signed in, then only the plan's calls.
    const before = s.requests.length;
    const last = report((await as2(["--json", "as2", "doctor"], env)).out);
    expectOnlyPlannedCalls(
      AS2_DOCTOR_STEPS,
      s.requests.slice(before).filter((r) => r.path !== "/v1/authorize"),
      last.results,
    );
  });
});
