import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger, type LogLevel } from "../src/logger.ts";

function sink() {
  return { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
}

function emitAll(level: LogLevel | undefined, target = sink()) {
  const logger = createLogger(level, target);
  logger.error("e");
  logger.warn("w");
  logger.info("i");
  logger.debug("d");
  return target;
}

const counts = (s: ReturnType<typeof sink>) =>
  [s.error, s.warn, s.info, s.debug].map((f) => f.mock.calls.length);

describe("createLogger", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it.each([
    ["off", [0, 0, 0, 0]],
    ["error", [1, 0, 0, 0]],
    ["warn", [1, 1, 0, 0]],
    ["info", [1, 1, 1, 0]],
    ["debug", [1, 1, 1, 1]],
  ] as const)("at %s forwards only messages at or above the level", (level, expected) => {
    expect(counts(emitAll(level))).toEqual(expected);
  });

  it("prefixes messages and passes fields through, omitting absent ones", () => {
    const s = sink();
    const logger = createLogger("debug", s);
    logger.info("retrying", { attempt: 2 });
    logger.debug("plain");
    expect(s.info).toHaveBeenCalledWith("[edi-clients] retrying", { attempt: 2 });
    expect(s.debug.mock.calls[0]).toEqual(["[edi-clients] plain"]);
  });

  it("defaults to warn without an option or EDI_CLIENTS_LOG", () => {
    vi.stubEnv("EDI_CLIENTS_LOG", undefined);
    expect(counts(emitAll(undefined))).toEqual([1, 1, 0, 0]);
  });

  it("takes the level from EDI_CLIENTS_LOG", () => {
    vi.stubEnv("EDI_CLIENTS_LOG", "debug");
    expect(counts(emitAll(undefined))).toEqual([1, 1, 1, 1]);
    vi.stubEnv("EDI_CLIENTS_LOG", "off");
    expect(counts(emitAll(undefined))).toEqual([0, 0, 0, 0]);
  });

  it("lets the option win over EDI_CLIENTS_LOG", () => {
    vi.stubEnv("EDI_CLIENTS_LOG", "debug");
    expect(counts(emitAll("error"))).toEqual([1, 0, 0, 0]);
  });

  it.each(["verbose", "", "constructor", "toString", "__proto__"])(
    "falls back to warn for an unknown EDI_CLIENTS_LOG value %j",
    (value) => {
      vi.stubEnv("EDI_CLIENTS_LOG", value);
      expect(counts(emitAll(undefined))).toEqual([1, 1, 0, 0]);
    },
  );

  it("writes to the console by default", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    const logger = createLogger("warn");
    logger.warn("careful", { n: 1 });
    logger.debug("hidden");
    expect(warn).toHaveBeenCalledWith("[edi-clients] careful", { n: 1 });
    expect(debug).not.toHaveBeenCalled();
  });
});
