import { createHash } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import {
  AS2_GATEWAY_BASE_URL,
  As2Gateway,
  MAX_TOTAL_BYTES,
  MessageFailedError,
  OPERATIONS,
  type ProcessReceivedResult,
  type ReceivedHandlerContext,
} from "@edi-clients/as2-gateway";
import { fileFromPath } from "@edi-clients/as2-gateway/node";
import { syncDirectory, writeFileAtomic } from "@edi-clients/runtime/node";
import { Argument, type Command } from "commander";
import { commandContext } from "../context.js";
import { AS2_DOCTOR_STEPS } from "../doctor/as2-plan.js";
import { doctor, doctorHelp } from "../doctor/command.js";
import { VALIDATION } from "../doctor/validators.js";
import { EXIT } from "../exit.js";
import { checkFiles, localName, writableFolder } from "../files.js";
import { AS2_OPERATIONS } from "../generated/operations.js";
import {
  type CliOutput,
  CredentialsError,
  ExitCode,
  type Format,
  flatRow,
  messageOf,
  printRows,
} from "../io.js";
import { idempotencyTable } from "../operations.js";
import { reportPass } from "../pass-report.js";
import { knownTotal, progress, stoppablePass } from "../progress.js";
import { reconcileWindow, seconds, watchUntilStopped } from "../watch.js";
import { registerCall } from "./call.js";
import { integer } from "./ecgrid.js";

function client(command: Command, io: CliOutput): { as2: As2Gateway; json: Format; baseUrl: string } {
  const { options, settings, format, clientOptions } = commandContext(command, io);
  const token = command.optsWithGlobals<{ token?: string }>().token ?? settings.AS2G_TOKEN;
  const username = settings.AS2G_USERNAME;
  const password = settings.AS2G_PASSWORD;
  const auth = token ? { token } : username && password ? { credentials: { username, password } } : undefined;
  if (!auth)
    throw new CredentialsError(
      "no AS2 Gateway credentials: set AS2G_TOKEN (or AS2G_USERNAME + AS2G_PASSWORD), pipe one in " +
        "with --token-stdin / --password-stdin, or store them with `edi-clients config set`",
    );
  io.protect(token);
  io.protect(password);
  const baseUrl = options.baseUrl ?? settings.AS2G_BASE_URL;
  return {
    as2: new As2Gateway({ ...auth, ...clientOptions, ...(baseUrl ? { baseUrl } : {}) }),
    json: format,
    baseUrl: baseUrl ?? AS2_GATEWAY_BASE_URL,
  };
}

/** What `as2 call` retries and `as2 doctor` may send: the client's generated table (x-idempotent). */
const AS2_IDEMPOTENCY = idempotencyTable(OPERATIONS);

const MAX_FOLDER_LENGTH = 150;

/**
 * A folder name for a message: its ID without `<>` and without the characters file systems
 * dislike. The partner chooses the ID, so when anything had to change (or nothing usable is left:
 * `<..>`), a hash of the full ID is appended: two IDs never share, and replace, one folder.
 * Never starts with a dot (so never `.`, `..` or a hidden work folder).
 */
export function messageFolder(as2MessageId: string): string {
  const bare = as2MessageId.replace(/^<|>$/g, "");
  const safe = bare.replace(/[^A-Za-z0-9._@+-]/g, "_");
  if (safe === bare && !safe.startsWith(".") && safe !== "" && safe.length <= MAX_FOLDER_LENGTH) return safe;
  const hash = createHash("sha256").update(as2MessageId).digest("hex").slice(0, 12);
  const kept = safe.replace(/^\.+/, "").slice(0, MAX_FOLDER_LENGTH);
  return `${kept || "message"}-${hash}`;
}

/**
 * Writes a file into a fresh folder under its name, or `name-2.ext`, `name-3.ext`… when taken
 * (never replacing one), complete and flushed to disk.
 */
async function writeUnique(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 1; ; n++) {
    try {
      await writeFileAtomic(join(dir, n === 1 ? name : `${stem}-${n}${ext}`), bytes, { overwrite: false });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

export function registerAs2(program: Command, io: CliOutput): void {
  const as2 = program
    .command("as2")
    .description("AS2 Gateway REST API v1")
    .option(
      "--token <token>",
      "API token (better: $AS2G_TOKEN, --token-stdin or the config file; or sign in with $AS2G_USERNAME/$AS2G_PASSWORD)",
    )
    .option("--token-stdin", "read the API token from standard input")
    .option("--password-stdin", "read $AS2G_USERNAME's password from standard input")
    .option("--base-url <url>", "API base URL (default: $AS2G_BASE_URL or https://api.as2gateway.com)");

  registerCall(
    as2,
    io,
    { name: "AS2 Gateway", operations: AS2_OPERATIONS, idempotency: AS2_IDEMPOTENCY },
    (command) => {
      const { as2, json } = client(command, io);
      return { raw: as2.raw, format: json, close: () => as2.close() };
    },
  );

  as2
    .command("send")
    .description(
      "send files to a partner in one AS2 message (never re-sent once it may have arrived). Every " +
        "file is checked first: if one is bad, nothing is sent. With --wait, the message ID is " +
        "printed even when the wait fails.",
    )
    .argument("<files...>", "up to 10 files, 10 MB in total")
    .requiredOption("--station <as2Id>", "your station's AS2 ID")
    .requiredOption("--partner <as2Id>", "the partner's AS2 ID")
    .option("--wait", "wait until the message is sent (or failed)")
    .option(
      "--reconcile-window <seconds>",
      "after a timeout, cut connection or 5xx, look for the message in the queued/sent/failed lists " +
        "this long before reporting it unknown (default 60; 0: do not look)",
      reconcileWindow,
    )
    .action(
      async (
        files: string[],
        options: {
          station: string;
          partner: string;
          wait?: boolean;
          reconcileWindow?: false | { windowMs: number; intervalMs: number };
        },
        command: Command,
      ) => {
        const { as2, json } = client(command, io);
        try {
          await checkFiles(files, { action: "sent", maxBytes: MAX_TOTAL_BYTES });
          const result = await as2.messages.send(
            {
              stationId: options.station,
              partnerId: options.partner,
              files: await Promise.all(files.map((file) => fileFromPath(file))),
            },
            options.reconcileWindow === undefined ? undefined : { reconcile: options.reconcileWindow },
          );
          const row: Record<string, unknown> = { as2MessageId: result.as2MessageId, status: "queued" };
          try {
            if (options.wait && result.as2MessageId) {
              await as2.messages.waitForSent(result.as2MessageId);
              row.status = "sent";
            }
          } catch (error) {
            if (error instanceof MessageFailedError) row.status = "failed";
            throw error;
          } finally {
            printRows(io, [row], json);
          }
        } finally {
          await as2.close();
        }
      },
    );

  const received = as2.command("received").description("received messages");

  received
    .command("list")
    .description("list received messages, every page; nothing is printed if a page fails")
    .option("--unread", "only unread messages")
    .option("--limit <n>", "stop after n messages", integer("--limit"))
    .action(async (options: { unread?: boolean; limit?: number }, command: Command) => {
      const { as2, json } = client(command, io);
      try {
        const rows: Record<string, unknown>[] = [];
        const filters = options.unread ? { unreadOnly: true } : {};
        const bar = progress(io, "received messages");
        for await (const m of as2.received.list(
          filters,
          options.limit === undefined ? {} : { limit: options.limit },
        )) {
          bar.item(true);
          rows.push({
            as2MessageId: m.as2MessageId,
            partner: m.receiverId,
            subject: m.subject,
            attachments: m.attachments?.length,
          });
        }
        bar.stop();
        printRows(io, rows, json);
      } finally {
        await as2.close();
      }
    });

  received
    .command("process")
    .description(
      "save every unread message's attachments into a folder of its own, marking each read only " +
        "once written. Attachments with the same name are kept as name-2.ext, … A message delivered " +
        "again replaces its own earlier folder. Fails before downloading anything when the folder " +
        "cannot be written.",
    )
    .requiredOption("--out <dir>", "folder to write to, created when missing (one sub-folder per message)")
    .option("--concurrency <n>", "messages handled at once", integer("--concurrency", 1), 1)
    .option("--limit <n>", "handle at most n messages (with --watch: per poll)", integer("--limit"))
    .option(
      "--watch",
      "keep polling until SIGTERM/SIGINT, then finish the messages in flight and print the counters",
    )
    .option(
      "--interval <seconds>",
      "pause between two polls with --watch (± 10 %)",
      seconds("--interval"),
      60_000,
    )
    .action(
      async (
        options: { out: string; concurrency: number; limit?: number; watch?: boolean; interval: number },
        command: Command,
      ) => {
        const { as2, json } = client(command, io);
        try {
          await writableFolder(options.out, "--out", "nothing was downloaded or marked read");
          const folders = new Map<string, string>();
          const bar = options.watch
            ? undefined
            : progress(
                io,
                "received",
                await knownTotal(
                  io,
                  async () => (await as2.received.list({ unreadOnly: true, pageLength: 1 })).totalRecords,
                  options.limit,
                ),
              );
          const save = async (context: ReceivedHandlerContext) => {
            try {
              await saveMessage(context);
            } catch (error) {
              bar?.item(false);
              throw error;
            }
            bar?.item(
              true,
              context.attachments.reduce((n, a) => n + a.bytes.length, 0),
            );
          };
          const saveMessage = async ({ message, attachments }: ReceivedHandlerContext) => {
            const name = messageFolder(message.as2MessageId);
            const folder = join(options.out, name);
            // Never a message folder's name (those never start with a dot).
            const partial = join(options.out, `.${name}.part`);
            // The message folder appears complete or not at all before the message is marked read.
            await rm(partial, { recursive: true, force: true });
            await mkdir(partial, { recursive: true });
            try {
              for (const [index, file] of attachments.entries()) {
                await writeUnique(partial, localName(file.name, `attachment-${index + 1}`), file.bytes);
              }
              await rm(folder, { recursive: true, force: true });
              await rename(partial, folder);
              // The folder's new name on disk before the message is marked read.
              await syncDirectory(options.out);
            } catch (error) {
              await rm(partial, { recursive: true, force: true });
              throw error;
            }
            folders.set(message.as2MessageId, folder);
          };
          const pass = {
            concurrency: options.concurrency,
            ...(options.limit === undefined ? {} : { limit: options.limit }),
          };
          if (options.watch) {
            await watchUntilStopped(io, json, "messages", (signal, onPass) =>
              as2.messages.watchReceived(save, { ...pass, intervalMs: options.interval, signal, onPass }),
            );
            return;
          }
          const { result, failed, notStarted, skipped, interrupted } =
            await stoppablePass<ProcessReceivedResult>(
              io,
              "messages",
              bar,
              (signal: AbortSignal) => as2.messages.processReceived(save, { ...pass, signal }),
              (f) => folders.has(f.as2MessageId),
            );
          reportPass(
            io,
            json,
            { done: result.succeeded, failed, notStarted, skipped, interrupted },
            {
              idColumn: "as2MessageId",
              savedColumn: "folder",
              idOf: (f) => f.as2MessageId,
              savedAt: (id) => folders.get(id),
              done: "marked read",
              failed: "left unread",
            },
          );
        } finally {
          await as2.close();
        }
      },
    );

  const queued = as2.command("queued").description("messages waiting to be sent (the retry queue)");
  queued
    .command("list")
    .description("list queued messages, every page")
    .option("--limit <n>", "stop after n messages", integer("--limit"))
    .action(async (options: { limit?: number }, command: Command) => {
      const { as2, json } = client(command, io);
      try {
        const rows: Record<string, unknown>[] = [];
        for await (const m of as2.queued.list(
          {},
          options.limit === undefined ? {} : { limit: options.limit },
        ))
          rows.push(flatRow(m));
        printRows(io, rows, json);
      } finally {
        await as2.close();
      }
    });
  for (const [name, description] of [
    ["stop", "stop retrying a queued message (it stays, stopped, until resumed or deleted)"],
    ["resume", "resume retrying a stopped message"],
  ] as const)
    queued
      .command(name)
      .description(description)
      .argument("<as2MessageId>", "the message")
      .action(async (id: string, _options, command: Command) => {
        const { as2, json } = client(command, io);
        try {
          await (name === "stop" ? as2.queued.stop(id) : as2.queued.retry(id));
          printRows(io, [{ as2MessageId: id, result: name === "stop" ? "stopped" : "resumed" }], json);
        } finally {
          await as2.close();
        }
      });

  as2
    .command("delete")
    .description(
      "delete messages of one kind, one outcome per message (exit 5 when some could not be deleted)",
    )
    .addArgument(
      new Argument("<kind>", "received, sent, queued, stopped or failed").choices([
        "received",
        "sent",
        "queued",
        "stopped",
        "failed",
      ]),
    )
    .argument("<as2MessageIds...>", "the messages")
    .action(
      async (
        kind: "received" | "sent" | "queued" | "stopped" | "failed",
        ids: string[],
        _options,
        command: Command,
      ) => {
        const { as2, json } = client(command, io);
        let failed = 0;
        try {
          const rows: Record<string, unknown>[] = [];
          for (const id of ids) {
            try {
              await as2.cleanup.delete(kind, id);
              rows.push({ as2MessageId: id, result: "deleted" });
            } catch (error) {
              failed++;
              rows.push({ as2MessageId: id, result: `not deleted: ${messageOf(error)}` });
            }
          }
          printRows(io, rows, json);
        } finally {
          await as2.close();
        }
        if (failed > 0) throw new ExitCode(failed === ids.length ? EXIT.api : EXIT.partial);
      },
    );

  as2
    .command("doctor")
    .description(
      "check that the server answers as the spec says: runs read-only calls only (stations, partners, " +
        "one page of each message list, one message detail of each kind, never marking anything " +
        "read), validates every answer and prints a drift report. --json: one JSON document for a " +
        "bug report. Exit status 0 when nothing drifted or failed, 1 failed, 2 drifted, 3 both.",
    )
    .addHelpText("after", doctorHelp(AS2_DOCTOR_STEPS))
    .action(async (_options, command: Command) => {
      const { as2, json, baseUrl } = client(command, io);
      try {
        await doctor({
          io,
          json: json === "json",
          steps: AS2_DOCTOR_STEPS,
          idempotency: AS2_IDEMPOTENCY,
          raw: as2.raw,
          validate: VALIDATION.as2.validateResponse,
          api: "AS2 Gateway REST API v1",
          command: "as2 doctor",
          baseUrl,
          secrets: () => as2.core.tokens?.secrets() ?? [],
        });
      } finally {
        await as2.close();
      }
    });

  as2
    .command("partners")
    .description("list trading partners")
    .option("--query <text>", "filter by name or AS2 ID")
    .action(async (options: { query?: string }, command: Command) => {
      const { as2, json } = client(command, io);
      try {
        const partners = await as2.partners.list(options.query === undefined ? {} : { query: options.query });
        printRows(
          io,
          partners.map((p) => ({ as2Identifier: p.as2Identifier, name: p.name, partnerType: p.partnerType })),
          json,
        );
      } finally {
        await as2.close();
      }
    });
}
