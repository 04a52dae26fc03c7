import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  ApiError,
  ConnectionError,
  ECGRID_BASE_URL,
  ECGrid,
  EdiClientError,
  type InboxHandlerContext,
  OPERATIONS,
  ResponseParseError,
  TimeoutError,
  ValidationError,
} from "@edi-clients/ecgrid";
import { failedBeforeSending } from "@edi-clients/runtime";
import { writeFileAtomic } from "@edi-clients/runtime/node";
import { type Command, InvalidArgumentError } from "commander";
import { commandContext, type GlobalOptions } from "../context.js";
import { doctor, doctorHelp } from "../doctor/command.js";
import { ECGRID_DOCTOR_STEPS, ecgridFailure } from "../doctor/ecgrid-plan.js";
import { VALIDATION } from "../doctor/validators.js";
import { EXIT } from "../exit.js";
import { checkFiles, exists, localName, writableFolder } from "../files.js";
import { ECGRID_OPERATIONS } from "../generated/operations.js";
import {
  CliError,
  type CliOutput,
  CredentialsError,
  ExitCode,
  type Format,
  flatRow,
  messageOf,
  printRows,
  rowPrinter,
} from "../io.js";
import { idempotencyTable } from "../operations.js";
import { reportPass } from "../pass-report.js";
import {
  bytesProgress,
  countingFetch,
  interruptible,
  knownTotal,
  progress,
  stoppablePass,
} from "../progress.js";
import { reconcileWindow, seconds, watchUntilStopped } from "../watch.js";
import { registerCall } from "./call.js";

export function integer(name: string, min = 0) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    return n;
  };
}

function client(command: Command, io: CliOutput): { ecgrid: ECGrid; json: Format; baseUrl: string } {
  const { options, settings, format, clientOptions } = commandContext(command, io);
  const apiKey = command.optsWithGlobals<{ apiKey?: string }>().apiKey ?? settings.ECGRID_API_KEY;
  if (!apiKey)
    throw new CredentialsError(
      "no ECGrid API key: set ECGRID_API_KEY, pipe it in with --api-key-stdin, or store it with " +
        "`edi-clients config set ECGRID_API_KEY --stdin`",
    );
  io.protect(apiKey);
  const baseUrl = (options as GlobalOptions).baseUrl ?? settings.ECGRID_BASE_URL;
  return {
    ecgrid: new ECGrid({ apiKey, ...clientOptions, ...(baseUrl ? { baseUrl } : {}) }),
    json: format,
    baseUrl: baseUrl ?? ECGRID_BASE_URL,
  };
}

/**
 * What a failed upload means for the file: "failed" when ECGrid cannot have it (rejected before
 * sending, refused by the server, never connected), "unknown" when it may have arrived (timeout,
 * lost answer, server error) — check the outbox before sending it again.
 */
export function uploadOutcome(error: unknown): "failed" | "unknown" {
  if (error instanceof ValidationError) return "failed";
  if (error instanceof ApiError)
    return error.status >= 400 && error.status < 500 && !(error instanceof ResponseParseError)
      ? "failed"
      : "unknown";
  if (error instanceof ConnectionError)
    return !(error instanceof TimeoutError) && failedBeforeSending(error.cause) ? "failed" : "unknown";
  // Reading the file failed: nothing was sent.
  if (!(error instanceof EdiClientError) && typeof (error as NodeJS.ErrnoException)?.code === "string")
    return "failed";
  return "unknown";
}

export function registerEcgrid(program: Command, io: CliOutput): void {
  const ecgrid = program
    .command("ecgrid")
    .description("ECGrid REST API v2.6")
    .option("--api-key <key>", "API key (better: $ECGRID_API_KEY, --api-key-stdin or the config file)")
    .option("--api-key-stdin", "read the API key from standard input")
    .option("--base-url <url>", "API base URL (default: $ECGRID_BASE_URL or https://rest.ecgrid.io)");

  registerCall(
    ecgrid,
    io,
    { name: "ECGrid", operations: ECGRID_OPERATIONS, idempotency: idempotencyTable(OPERATIONS) },
    (command) => {
      const { ecgrid, json } = client(command, io);
      return { raw: ecgrid.raw, format: json, close: () => ecgrid.close() };
    },
  );

  ecgrid
    .command("whoami")
    .description("show the user the credentials belong to")
    .action(async (_options, command: Command) => {
      const { ecgrid, json } = client(command, io);
      const me = await ecgrid.users.me();
      printRows(io, [{ userId: me.userId, login: me.login, email: me.email, authLevel: me.authLevel }], json);
    });

  ecgrid
    .command("doctor")
    .description(
      "check that the server answers as the spec says: runs read-only calls only (version, who am I, " +
        "one page of each safe list, one parcel and interchange detail), validates every answer " +
        "(envelope included) and prints a drift report. --json: one JSON document for a bug report. " +
        "Exit status 0 when nothing drifted or failed, 1 failed, 2 drifted, 3 both.",
    )
    .addHelpText("after", doctorHelp(ECGRID_DOCTOR_STEPS))
    .action(async (_options, command: Command) => {
      const { ecgrid, json, baseUrl } = client(command, io);
      try {
        await doctor({
          io,
          json: json === "json",
          steps: ECGRID_DOCTOR_STEPS,
          idempotency: idempotencyTable(OPERATIONS),
          raw: ecgrid.raw,
          validate: VALIDATION.ecgrid.validateResponse,
          failureOf: ecgridFailure,
          api: "ECGrid REST API v2.6",
          command: "ecgrid doctor",
          baseUrl,
          secrets: () => ecgrid.core.tokens?.secrets() ?? [],
        });
      } finally {
        await ecgrid.close();
      }
    });

  const parcels = ecgrid.command("parcels").description("parcels (EDI files)");

  parcels
    .command("list")
    .description(
      "list inbound parcels (or outbound with --outbox), every page; nothing is printed if a page fails",
    )
    .option("--outbox", "list outbound parcels")
    .option("--mailbox <id>", "mailbox ID", integer("--mailbox", 1))
    .option("--status <status>", "parcel status, e.g. InBoxReady")
    .option("--limit <n>", "stop after n parcels", integer("--limit"))
    .action(
      async (
        options: { outbox?: boolean; mailbox?: number; status?: string; limit?: number },
        command: Command,
      ) => {
        const { ecgrid, json } = client(command, io);
        const filters = {
          ...(options.mailbox === undefined ? {} : { mailboxId: options.mailbox }),
          ...(options.status === undefined ? {} : { status: options.status as never }),
        };
        const paging = options.limit === undefined ? {} : { limit: options.limit };
        const iterator = options.outbox
          ? ecgrid.parcels.outboxList(filters, paging)
          : ecgrid.parcels.inboxList(filters, paging);
        const rows: Record<string, unknown>[] = [];
        const bar = progress(io, options.outbox ? "outbox parcels" : "inbox parcels");
        try {
          for await (const p of iterator) {
            bar.item(true, p.bytes ?? 0);
            rows.push({
              parcelId: p.parcelId,
              fileName: p.fileName,
              bytes: p.bytes,
              status: p.status,
              created: p.created,
            });
          }
        } finally {
          bar.stop();
        }
        printRows(io, rows, json);
      },
    );

  /** Every page of a list into rows (progress on a terminal), printed once all pages arrived. */
  const listCommand = (
    group: Command,
    what: string,
    configure: (command: Command) => Command,
    items: (
      ecgrid: ECGrid,
      options: Record<string, unknown>,
      paging: { limit?: number },
    ) => AsyncIterable<unknown>,
  ) =>
    configure(
      group
        .command("list")
        .description(`list ${what}, every page; nothing is printed if a page fails`)
        .option("--limit <n>", `stop after n ${what}`, integer("--limit")),
    ).action(async (options: Record<string, unknown>, command: Command) => {
      const { ecgrid, json } = client(command, io);
      const bar = progress(io, what);
      const rows: Record<string, unknown>[] = [];
      try {
        const limit = options.limit as number | undefined;
        for await (const item of items(ecgrid, options, limit === undefined ? {} : { limit })) {
          bar.item(true);
          rows.push(flatRow(item));
        }
      } finally {
        bar.stop();
        await ecgrid.close();
      }
      printRows(io, rows, json);
    });

  listCommand(
    ecgrid.command("interchanges").description("interchanges (the EDI envelopes inside parcels)"),
    "interchanges",
    (c) => c.option("--outbox", "outbound interchanges"),
    (ecgrid, options, paging) =>
      options.outbox ? ecgrid.interchanges.outboxList({}, paging) : ecgrid.interchanges.inboxList({}, paging),
  );
  listCommand(
    ecgrid.command("mailboxes").description("mailboxes"),
    "mailboxes",
    (c) => c,
    (ecgrid, _options, paging) => ecgrid.mailboxes.list({}, paging),
  );
  listCommand(
    ecgrid.command("partners").description("interconnects (trading partners) of an ECGrid ID"),
    "partners",
    (c) =>
      c.requiredOption("--ecgrid-id <id>", "the ECGrid ID whose partners to list", integer("--ecgrid-id", 1)),
    (ecgrid, options, paging) => ecgrid.partners.list({ ecGridId: options.ecgridId as number }, paging),
  );

  // Callbacks (webhooks): the registrations of one mailbox, and create / delete / test one.
  const callbacks = ecgrid.command("callbacks").description("callbacks (webhooks ECGrid calls on an event)");
  listCommand(
    callbacks,
    "callbacks",
    (c) =>
      c
        .requiredOption(
          "--network <id>",
          "network ID (the live service lists per network and mailbox)",
          integer("--network", 1),
        )
        .requiredOption("--mailbox <id>", "mailbox ID (0: the network's root)", integer("--mailbox", 0)),
    (ecgrid, options, paging) =>
      ecgrid.callbacks.eventList(
        { networkId: options.network as number, mailboxId: options.mailbox as number },
        paging,
      ),
  );
  /** One callback call whose result is printed as one row. */
  const callbackCommand = (
    name: string,
    description: string,
    configure: (command: Command) => Command,
    call: (
      ecgrid: ECGrid,
      options: Record<string, unknown>,
      args: string[],
    ) => Promise<Record<string, unknown>>,
  ) =>
    configure(callbacks.command(name).description(description)).action(async (...given: unknown[]) => {
      const command = given.at(-1) as Command;
      const { ecgrid, json } = client(command, io);
      try {
        printRows(io, [await call(ecgrid, command.opts(), command.args)], json);
      } finally {
        await ecgrid.close();
      }
    });
  callbackCommand(
    "create",
    "register a webhook for an object event; prints the registration",
    (c) =>
      c
        .requiredOption("--url <url>", "the webhook URL ECGrid calls")
        .requiredOption("--event <event>", "the object event that fires it (e.g. Parcel)")
        .option("--network <id>", "network ID", integer("--network", 1))
        .option("--mailbox <id>", "mailbox ID", integer("--mailbox", 1)),
    async (ecgrid, options) =>
      flatRow(
        await ecgrid.callbacks.create({
          url: options.url as string,
          event: options.event as string,
          ...(options.network === undefined ? {} : { networkId: options.network as number }),
          ...(options.mailbox === undefined ? {} : { mailboxId: options.mailbox as number }),
        } as Parameters<ECGrid["callbacks"]["create"]>[0]),
      ),
  );
  callbackCommand(
    "delete",
    "remove a callback and stop its deliveries",
    (c) => c.argument("<callbackId>", "the callback's ID", integer("<callbackId>", 1)),
    async (ecgrid, _options, args) => {
      const callbackId = integer("<callbackId>", 1)(args[0] ?? "");
      await ecgrid.callbacks.delete({ callbackId });
      return { callbackId, result: "deleted" };
    },
  );
  callbackCommand(
    "test",
    "send a test notification to a callback's endpoint (it really calls the webhook)",
    (c) => c.argument("<callbackId>", "the callback's ID", integer("<callbackId>", 1)),
    async (ecgrid, _options, args) =>
      flatRow(await ecgrid.callbacks.test({ callbackId: integer("<callbackId>", 1)(args[0] ?? "") })),
  );

  parcels
    .command("upload")
    .description(
      "upload files as outbound parcels. Every file is checked first (exists, readable, not empty, " +
        "not given twice): if one is bad, nothing is sent. Then each file's outcome is printed as it " +
        "happens: its parcel ID, `failed` (ECGrid does not have it: safe to send again) or `unknown` " +
        "(it may have arrived: check `parcels list --outbox` before sending again). An upload is " +
        "never retried. Exit status 5 when any file was not uploaded (130 when interrupted: the files not started are skipped).",
    )
    .argument("<files...>", "files to upload")
    .option("--from <ecGridId>", "sender ECGrid ID", integer("--from", 1))
    .option("--to <ecGridId>", "recipient ECGrid ID", integer("--to", 1))
    .option("--mailbox <id>", "mailbox to send from", integer("--mailbox", 1))
    .option(
      "--reconcile-window <seconds>",
      "after a timeout, cut connection or 5xx, look for the parcel in the outbox this long before " +
        "reporting it unknown (default 60; 0: do not look)",
      reconcileWindow,
    )
    .action(
      async (
        files: string[],
        options: {
          from?: number;
          to?: number;
          mailbox?: number;
          reconcileWindow?: false | { windowMs: number; intervalMs: number };
        },
        command: Command,
      ) => {
        const { ecgrid, json } = client(command, io);
        await checkFiles(files, { action: "uploaded", nonEmpty: "ECGrid needs at least 1 byte" });
        const print = rowPrinter(io, json, {
          file: Math.max(...files.map((f) => f.length)),
          parcelId: 10,
          result: 0,
        });
        let notUploaded = 0;
        let uploaded = 0;
        const bar = progress(io, "uploading", files.length);
        const stop = interruptible(io, "uploads");
        for (const file of files) {
          if (stop.signal.aborted) break;
          try {
            const content = await readFile(file);
            const parcelId = await ecgrid.parcels.upload(
              {
                fileName: basename(file),
                content: new Uint8Array(content.buffer, content.byteOffset, content.length),
                ...(options.from === undefined ? {} : { ecGridIdFrom: options.from }),
                ...(options.to === undefined ? {} : { ecGridIdTo: options.to }),
                ...(options.mailbox === undefined ? {} : { mailboxId: options.mailbox }),
              },
              options.reconcileWindow === undefined ? undefined : { reconcile: options.reconcileWindow },
            );
            uploaded++;
            bar.item(true, content.length);
            print({ file, parcelId, result: "uploaded" });
          } catch (error) {
            notUploaded++;
            bar.item(false);
            const result = uploadOutcome(error);
            const error_ = `${(error as Error)?.name ?? "Error"}: ${messageOf(error)}`;
            print(
              json !== "table"
                ? { file, parcelId: null, result, error: error_ }
                : {
                    file,
                    result:
                      result === "failed"
                        ? `failed: ${error_}`
                        : `unknown, may have arrived (check the outbox before sending again): ${error_}`,
                  },
            );
          }
        }
        bar.stop();
        stop.done();
        const skipped = files.length - uploaded - notUploaded;
        if (stop.received() || notUploaded > 0)
          io.stderr(`summary: ${uploaded} uploaded, ${notUploaded} failed, ${skipped} skipped`);
        if (stop.received()) throw new ExitCode(EXIT.interrupted);
        if (notUploaded > 0) {
          io.stderr(`error: ${notUploaded} of ${files.length} files were not uploaded (see above)`);
          throw new ExitCode(EXIT.partial);
        }
      },
    );

  parcels
    .command("download")
    .description(
      "download one parcel to a file, written complete or not at all. An existing file is never " +
        "replaced unless --overwrite is given: the command fails instead (and does not confirm).",
    )
    .argument("<parcelId>", "parcel ID", integer("parcelId", 1))
    .argument(
      "[path]",
      "file to write, or an existing folder (default: the parcel's own file name in --out, without " +
        "folders, control characters or leading dots; <parcelId>.edi when it has none)",
    )
    .option("--out <dir>", "folder to write to, created when missing (default: the current folder)")
    .option("--overwrite", "replace an existing file")
    .option("--confirm", "confirm the download once the file is written (ECGrid stops re-delivering it)")
    .action(
      async (
        parcelId: number,
        given: string | undefined,
        options: { out?: string; overwrite?: boolean; confirm?: boolean },
        command: Command,
      ) => {
        if (given !== undefined && options.out !== undefined)
          throw new CliError("give either [path] or --out, not both");
        // An existing folder as [path] is where the parcel goes under its own name.
        const intoFolder = given !== undefined && (await isFolder(given));
        const path = intoFolder ? undefined : given;
        const out = intoFolder ? given : options.out;
        // On a terminal: the download's bytes as they arrive (of the Content-Length when sent).
        const bar = bytesProgress(io, `parcel ${parcelId}`);
        const downloading = io.progressStream
          ? {
              ...io,
              fetch: countingFetch(
                io.fetch ?? ((request, init) => fetch(request, init)),
                (request) => new URL(request.url).pathname.endsWith("/parcels/download"),
                bar.update,
              ),
            }
          : io;
        const { ecgrid, json } = client(command, downloading);
        const overwrite = options.overwrite ?? false;
        const dir = path === undefined ? (out ?? ".") : dirname(path);
        await writableFolder(dir, path === undefined ? "--out" : "the folder", UNTOUCHED);
        if (path !== undefined && !overwrite && (await exists(path))) throw existsError(path);
        const file = await ecgrid.parcels.download(parcelId).finally(() => bar.stop());
        const target = path ?? join(dir, localName(file.fileName, `${parcelId}.edi`));
        try {
          await writeFileAtomic(target, file.bytes, { overwrite });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EEXIST") throw existsError(target);
          throw error;
        }
        const row = { parcelId, path: target, bytes: file.bytes.length, confirmed: false };
        try {
          if (options.confirm) await ecgrid.parcels.confirm(parcelId);
          row.confirmed = options.confirm ?? false;
        } finally {
          printRows(io, [row], json);
        }
      },
    );

  ecgrid
    .command("inbox")
    .description(
      "download every ready parcel into a folder as <parcelId>-<file name>, confirming each only " +
        "once its file is written. A parcel delivered again (its confirmation failed) replaces its " +
        "own earlier file. Fails before downloading anything when the folder cannot be written.",
    )
    .requiredOption("--out <dir>", "folder to write the files to (created when missing)")
    .option("--mailbox <id>", "mailbox ID", integer("--mailbox", 1))
    .option("--concurrency <n>", "parcels handled at once", integer("--concurrency", 1), 1)
    .option("--limit <n>", "handle at most n parcels (with --watch: per poll)", integer("--limit"))
    .option(
      "--watch",
      "keep polling (pending-inbox-list first) until SIGTERM/SIGINT, then finish the parcels in flight and print the counters",
    )
    .option(
      "--interval <seconds>",
      "pause between two polls with --watch (± 10 %)",
      seconds("--interval"),
      60_000,
    )
    .action(
      async (
        options: {
          out: string;
          mailbox?: number;
          concurrency: number;
          limit?: number;
          watch?: boolean;
          interval: number;
        },
        command: Command,
      ) => {
        const { ecgrid, json } = client(command, io);
        await writableFolder(options.out, "--out", UNTOUCHED);
        const saved = new Map<number, string>();
        const mailbox = options.mailbox === undefined ? {} : { mailboxId: options.mailbox };
        const bar = options.watch
          ? undefined
          : progress(
              io,
              "inbox",
              await knownTotal(
                io,
                async () => (await ecgrid.parcels.pendingInboxList(mailbox)).length,
                options.limit,
              ),
            );
        const save = async ({ parcel, file }: InboxHandlerContext) => {
          const target = join(options.out, localName(file.fileName, "parcel.edi", `${parcel.parcelId}-`));
          try {
            await writeFileAtomic(target, file.bytes);
          } catch (error) {
            bar?.item(false);
            throw error;
          }
          bar?.item(true, file.bytes.length);
          saved.set(parcel.parcelId, target);
        };
        const pass = {
          concurrency: options.concurrency,
          ...mailbox,
          ...(options.limit === undefined ? {} : { limit: options.limit }),
        };
        if (options.watch) {
          try {
            await watchUntilStopped(io, json, "parcels", (signal, onPass) =>
              ecgrid.parcels.watchInbox(save, { ...pass, intervalMs: options.interval, signal, onPass }),
            );
          } finally {
            await ecgrid.close();
          }
          return;
        }
        // Parcels never started, or whose download the signal aborted, are skipped (delivered again).
        const { result, failed, notStarted, skipped, interrupted } = await stoppablePass(
          io,
          "parcels",
          bar,
          (signal: AbortSignal) => ecgrid.parcels.processInbox(save, { ...pass, signal }),
          (f) => saved.has(f.parcelId),
        );
        reportPass(
          io,
          json,
          { done: result.confirmed, failed, notStarted, skipped, interrupted },
          {
            idColumn: "parcelId",
            savedColumn: "path",
            idOf: (f) => f.parcelId,
            savedAt: (id) => saved.get(id),
            done: "confirmed",
            failed: "left unconfirmed",
          },
        );
      },
    );
}

const UNTOUCHED = "nothing was downloaded or confirmed";

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

function existsError(path: string): CliError {
  return new CliError(
    `${path} already exists: nothing was overwritten or confirmed (pass --overwrite to replace it)`,
  );
}
