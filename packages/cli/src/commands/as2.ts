import { createHash } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  AS2_GATEWAY_BASE_URL,
  As2Gateway,
  MAX_TOTAL_BYTES,
  MessageFailedError,
  OPERATION_IDEMPOTENCY,
  type ReceivedHandlerContext,
  ValidationError,
} from "@edi-clients/as2-gateway";
import { fileFromPath } from "@edi-clients/as2-gateway/node";
import type { Command } from "commander";
import { AS2_DOCTOR_STEPS } from "../doctor/as2-plan.js";
import { doctor, doctorHelp } from "../doctor/command.js";
import { VALIDATION } from "../doctor/validators.js";
import { checkFiles, localName, writableFolder } from "../files.js";
import { type CliOutput, ExitCode, messageOf, printRows } from "../io.js";
import { logLevel, stderrLogger } from "../log.js";
import { seconds, watchUntilStopped } from "../watch.js";
import { integer } from "./ecgrid.js";

interface GlobalOptions {
  token?: string;
  baseUrl?: string;
  json?: boolean;
  debug?: boolean;
  allowInsecureHttp?: boolean;
}

function client(command: Command, io: CliOutput): { as2: As2Gateway; json: boolean; baseUrl: string } {
  const options = command.optsWithGlobals<GlobalOptions>();
  const token = options.token ?? io.env.AS2G_TOKEN;
  const username = io.env.AS2G_USERNAME;
  const password = io.env.AS2G_PASSWORD;
  const auth = token ? { token } : username && password ? { credentials: { username, password } } : undefined;
  if (!auth)
    throw new ValidationError(
      "no AS2 Gateway credentials: pass --token, or set AS2G_TOKEN or AS2G_USERNAME + AS2G_PASSWORD",
    );
  io.protect(token);
  io.protect(password);
  const baseUrl = options.baseUrl ?? io.env.AS2G_BASE_URL;
  return {
    as2: new As2Gateway({
      ...auth,
      logger: stderrLogger(io, logLevel(options.debug, io.env)),
      ...(baseUrl ? { baseUrl } : {}),
      ...(options.allowInsecureHttp ? { allowInsecureHttp: true } : {}),
      ...(io.fetch ? { fetch: io.fetch } : {}),
    }),
    json: options.json ?? false,
    baseUrl: baseUrl ?? AS2_GATEWAY_BASE_URL,
  };
}

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

/** Writes a file into a fresh folder under its name, or `name-2.ext`, `name-3.ext`… when taken. */
async function writeUnique(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 1; ; n++) {
    try {
      await writeFile(join(dir, n === 1 ? name : `${stem}-${n}${ext}`), bytes, { flag: "wx" });
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
      "API token (default: $AS2G_TOKEN; or sign in with $AS2G_USERNAME/$AS2G_PASSWORD)",
    )
    .option("--base-url <url>", "API base URL (default: $AS2G_BASE_URL or https://api.as2gateway.com)");

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
    .action(
      async (
        files: string[],
        options: { station: string; partner: string; wait?: boolean },
        command: Command,
      ) => {
        const { as2, json } = client(command, io);
        try {
          await checkFiles(files, { action: "sent", maxBytes: MAX_TOTAL_BYTES });
          const result = await as2.messages.send({
            stationId: options.station,
            partnerId: options.partner,
            files: await Promise.all(files.map((file) => fileFromPath(file))),
          });
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
        for await (const m of as2.received.all(
          filters,
          options.limit === undefined ? {} : { limit: options.limit },
        )) {
          rows.push({
            as2MessageId: m.as2MessageId,
            partner: m.receiverId,
            subject: m.subject,
            attachments: m.attachments?.length,
          });
        }
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
          const save = async ({ message, attachments }: ReceivedHandlerContext) => {
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
          const result = await as2.messages.processReceived(save, pass);
          printRows(
            io,
            [
              ...result.succeeded.map((id) => ({
                as2MessageId: id,
                folder: folders.get(id),
                result: "marked read",
              })),
              ...result.failed.map((f) => ({
                as2MessageId: f.as2MessageId,
                folder: folders.get(f.as2MessageId),
                result: `left unread: ${messageOf(f.error)}`,
              })),
            ],
            json,
          );
          if (result.failed.length > 0) throw new ExitCode(1);
        } finally {
          await as2.close();
        }
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
          json,
          steps: AS2_DOCTOR_STEPS,
          idempotency: OPERATION_IDEMPOTENCY,
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
