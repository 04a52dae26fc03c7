// The progress line in-process: a fake terminal stream (isTTY) instead of a pseudo-terminal, so the
// drawing and the up-front count (`N/M`) are checked without a child process.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { protectedOutput } from "../src/io.js";
import { knownTotal, progress } from "../src/progress.js";

/** A stream that says it is a terminal, with everything written to it. */
function terminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
  let screen = "";
  stream.on("data", (c: Buffer) => {
    screen += c.toString();
  });
  return { stream, screen: () => screen };
}

const ioWith = (progressStream?: NodeJS.WritableStream) =>
  protectedOutput({
    stdout() {},
    stderr() {},
    env: { NO_COLOR: "1" },
    ...(progressStream ? { progressStream } : {}),
  });

describe("progress line", () => {
  it("draws N/M with the failures and bytes; the total grows when more items than counted arrive", async () => {
    const tty = terminal();
    const bar = progress(ioWith(tty.stream), "inbox", 2);
    bar.item(true, 2048);
    bar.item(false);
    bar.item(true, 10);
    await new Promise((r) => setTimeout(r, 150));
    bar.stop();
    expect(tty.screen()).toMatch(/inbox [#-]{24} 3\/3 · 1 failed · 2\.0 KB/);
    expect(tty.screen()).not.toMatch(/3\/2/);
  });

  it("knownTotal asks the count only when a line is drawn, caps it at --limit, and gives up quietly", async () => {
    let asked = 0;
    const count = async () => {
      asked++;
      return 60;
    };
    expect(await knownTotal(ioWith(), count)).toBeUndefined();
    expect(asked).toBe(0);
    const tty = ioWith(terminal().stream);
    expect(await knownTotal(tty, count)).toBe(60);
    expect(await knownTotal(tty, count, 5)).toBe(5);
    expect(asked).toBe(2);
    expect(
      await knownTotal(tty, async () => {
        throw new Error("401");
      }),
    ).toBeUndefined();
    expect(await knownTotal(tty, async () => undefined)).toBeUndefined();
  });
});
