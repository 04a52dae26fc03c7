// The shared test doubles can fail: a harness that passed every call, or a fault server that
// answered every fault alike, would leave the suites built on them unable to catch a defect.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerFault,
  cutOff,
  type Fault,
  loopbackScope,
  outageServer,
  stall,
  stores,
} from "../src/faults.ts";
import { fakeFetch, json, networkError } from "../src/fetch.ts";
import { assertOverWire, fuzzHarness, settle, type WireAnswer } from "../src/fuzz.ts";
import { expectNoneIn, expectNoSecret } from "../src/leaks.ts";
import { closedPort, startServer } from "../src/server.ts";
import { rejectionOf } from "../src/settle.ts";
import { x12Interchange } from "../src/x12.ts";

class Typed extends Error {}
const fuzz = fuzzHarness(Typed);

describe("fuzzHarness.check", () => {
  const valid = (value: unknown) => value === "ok";

  it("passes a valid result and a typed rejection", async () => {
    await fuzz.check("op", async () => "ok", valid);
    await fuzz.check("op", () => Promise.reject(new Typed("t")), valid);
  });

  it("fails an untyped rejection, an invalid result and a call that never settles", async () => {
    await expect(fuzz.check("op", () => Promise.reject(new TypeError("raw")), valid)).rejects.toThrow(
      /untyped rejection: TypeError: raw/,
    );
    await expect(fuzz.check("op", async () => "garbage", valid)).rejects.toThrow(
      "resolved with an invalid op result",
    );
    await expect(fuzz.check("op", () => new Promise(() => undefined), valid, 50)).rejects.toThrow("hang");
  });

  it("fails when the call leaves an unhandled rejection behind", async () => {
    const stray = async () => {
      void Promise.reject(new Typed("stray"));
      return "ok";
    };
    await expect(fuzz.check("op", stray, valid)).rejects.toThrow(/unhandled rejection/);
    expect(fuzz.unhandled.take()).toEqual([]);
  });

  it("settle tells a typed error from any other", async () => {
    expect((await settle(() => Promise.reject(new Typed("t")), Typed)).kind).toBe("typed");
    expect((await settle(() => Promise.reject(new Error("e")), Typed)).kind).toBe("untyped");
  });
});

describe("assertOverWire", () => {
  it("answers each run's requests with its script, and fails the property when a run throws", async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const script: WireAnswer[] = [
      { bytes: bytes("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nhi"), ending: "end" },
    ];
    const seen: string[] = [];
    await assertOverWire(
      fc.constant(script),
      async (url) => {
        seen.push(await (await fetch(url)).text());
      },
      2,
    );
    expect(seen).toEqual(["hi", "hi"]);
    await expect(
      assertOverWire(
        fc.constant(script),
        async () => {
          throw new Error("defect");
        },
        1,
      ),
    ).rejects.toThrow(/Property failed after 1 tests/);
  });
});

describe("the fault server", () => {
  const scope = loopbackScope();
  const answers = { ok: { body: { ok: true } }, 400: { body: { bad: 1 } }, 500: { body: { oops: 1 } } };
  const serve = (answer: Fault["answer"]) =>
    scope.start((_req, res) => answerFault(scope, res, answer, answers));

  it("answers ok, 400 and 500 with their bodies", async () => {
    for (const [answer, status] of [
      ["ok", 200],
      ["400", 400],
      ["500", 500],
    ] as const) {
      const server = await serve(answer);
      const response = await fetch(server.url);
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual(answers[answer].body);
    }
  });

  it("resets the connection, and holds a hanging answer until the test ends", async () => {
    const reset = await serve("reset");
    expect(await rejectionOf<Error>(fetch(reset.url))).toMatchObject({ message: "fetch failed" });
    const hanging = await serve("hang");
    const error = await rejectionOf<Error>(fetch(hanging.url, { signal: AbortSignal.timeout(200) }));
    expect(error.name).toBe("TimeoutError");
  });

  it("stores a write unless the fault says not to or answers 400", () => {
    expect(stores({ answer: "reset" })).toBe(true);
    expect(stores({ answer: "500", store: false })).toBe(false);
    expect(stores({ answer: "400" })).toBe(false);
  });

  it("cuts a body off and stalls one", async () => {
    const cut = await scope.serve((_req, res) => cutOff(res, '{"a":', { length: 100 }));
    const response = await fetch(cut.url);
    await expect(response.text()).rejects.toThrow();
    const stalled = await scope.serve((_req, res) => stall(res, '{"a":'));
    const slow = await fetch(stalled.url, { signal: AbortSignal.timeout(200) });
    await expect(slow.text()).rejects.toMatchObject({ name: "TimeoutError" });
  });
});

describe("outageServer", () => {
  const outage = outageServer({ down: { body: "down" }, up: { body: "up" } });

  it("is down until the test brings it up", async () => {
    const { url, received } = await outage.start();
    expect((await fetch(url)).status).toBe(503);
    outage.down = false;
    const response = await fetch(url);
    expect([response.status, await response.json()]).toEqual([200, "up"]);
    expect(received).toHaveLength(2);
  });

  it("is down again at the start of the next test", () => {
    expect(outage.down).toBe(true);
  });
});

describe("fetch doubles and servers", () => {
  it("fakeFetch answers in order, records and fails when asked once too often", async () => {
    const fake = fakeFetch(json({ n: 1 }), networkError("ECONNRESET"));
    expect(await (await fake.fetch(new Request("http://x.test/a"))).json()).toEqual({ n: 1 });
    await expect(fake.fetch(new Request("http://x.test/b"))).rejects.toThrow("fetch failed");
    await expect(fake.fetch(new Request("http://x.test/c"))).rejects.toThrow(/unexpected request #3/);
    expect(fake.calls.map((c) => c.url)).toEqual(["http://x.test/a", "http://x.test/b", "http://x.test/c"]);
  });

  it("closedPort is a port nothing listens on", async () => {
    const port = await closedPort();
    expect(await rejectionOf<Error>(fetch(`http://127.0.0.1:${port}/`))).toMatchObject({
      message: "fetch failed",
    });
  });

  it("startServer records method, target and body", async () => {
    const server = await startServer((_req, res) => res.end());
    try {
      await fetch(`${server.url}/p?q=1`, { method: "POST", body: "hi" });
      expect(server.received.map((r) => [r.method, r.url, r.body.toString()])).toEqual([
        ["POST", "/p?q=1", "hi"],
      ]);
    } finally {
      await server.close();
    }
  });
});

describe("leak checks", () => {
  it("fail on a planted value in any printed form of an error or a line", () => {
    const error = Object.assign(new Error("plain"), { detail: "s3cr3t-planted" });
    expect(() => expectNoSecret(error, ["s3cr3t-planted"])).toThrow(/leaked s3cr3t-planted/);
    expect(() => expectNoSecret(new Error("plain"), ["s3cr3t-planted"], ["x s3cr3t-planted"])).toThrow();
    expect(() => expectNoSecret(new Error("plain"), ["s3cr3t-planted"])).not.toThrow();
    expect(() => expectNoneIn("a s3cr3t-planted b", ["s3cr3t-planted"])).toThrow();
  });
});

describe("x12Interchange", () => {
  it("builds an ISA of fixed width and matching control numbers", () => {
    const text = x12Interchange({
      from: ["ZZ", "GLOBEX"],
      to: ["ZZ", "ACME"],
      control: "000000042",
      group: "42",
    });
    const segments = text.split("~");
    expect(segments[0]).toHaveLength(105);
    expect(segments.map((s) => s.split("*")[0])).toEqual(["ISA", "GS", "ST", "BEG", "SE", "GE", "IEA", ""]);
    expect(segments[5]).toBe("GE*1*42");
    expect(segments[6]).toBe("IEA*1*000000042");
  });
});
