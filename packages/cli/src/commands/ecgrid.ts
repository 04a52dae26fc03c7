import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { ECGrid, ValidationError } from "@edi-clients/ecgrid";
import { downloadToFile, uploadFile } from "@edi-clients/ecgrid/node";
import { type Command, InvalidArgumentError } from "commander";
import { type CliIo, ExitCode, printRows } from "../io.js";

interface GlobalOptions {
  apiKey?: string;
  baseUrl?: string;
  json?: boolean;
}

export function integer(name: string, min = 0) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    return n;
  };
}

function client(command: Command, io: CliIo): { ecgrid: ECGrid; json: boolean } {
  const options = command.optsWithGlobals<GlobalOptions>();
  const apiKey = options.apiKey ?? io.env.ECGRID_API_KEY;
  if (!apiKey) throw new ValidationError("no ECGrid API key: pass --api-key or set ECGRID_API_KEY");
  const baseUrl = options.baseUrl ?? io.env.ECGRID_BASE_URL;
  return {
    ecgrid: new ECGrid({ apiKey, ...(baseUrl ? { baseUrl } : {}), ...(io.fetch ? { fetch: io.fetch } : {}) }),
    json: options.json ?? false,
  };
}

export function registerEcgrid(program: Command, io: CliIo): void {
  const ecgrid = program
    .command("ecgrid")
    .description("ECGrid REST API v2.6")
    .option("--api-key <key>", "API key (default: $ECGRID_API_KEY)")
    .option("--base-url <url>", "API base URL (default: $ECGRID_BASE_URL or https://rest.ecgrid.io)");

  ecgrid
    .command("whoami")
    .description("show the user the credentials belong to")
    .action(async (_options, command: Command) => {
      const { ecgrid, json } = client(command, io);
      const me = await ecgrid.users.me();
      printRows(io, [{ userId: me.userId, login: me.login, email: me.email, authLevel: me.authLevel }], json);
    });

  const parcels = ecgrid.command("parcels").description("parcels (EDI files)");

  parcels
    .command("list")
    .description("list inbound parcels (or outbound with --outbox), every page")
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
          ? ecgrid.parcels.outboxAll(filters, paging)
          : ecgrid.parcels.inboxAll(filters, paging);
        const rows: Record<string, unknown>[] = [];
        for await (const p of iterator) {
          rows.push({
            parcelId: p.parcelId,
            fileName: p.fileName,
            bytes: p.bytes,
            status: p.status,
            created: p.created,
          });
        }
        printRows(io, rows, json);
      },
    );

  parcels
    .command("upload")
    .description("upload files as outbound parcels (never re-sent automatically once they may have arrived)")
    .argument("<files...>", "files to upload")
    .option("--from <ecGridId>", "sender ECGrid ID", integer("--from", 1))
    .option("--to <ecGridId>", "recipient ECGrid ID", integer("--to", 1))
    .option("--mailbox <id>", "mailbox to send from", integer("--mailbox", 1))
    .action(
      async (
        files: string[],
        options: { from?: number; to?: number; mailbox?: number },
        command: Command,
      ) => {
        const { ecgrid, json } = client(command, io);
        const rows: Record<string, unknown>[] = [];
        for (const file of files) {
          const parcelId = await uploadFile(ecgrid, file, {
            ...(options.from === undefined ? {} : { ecGridIdFrom: options.from }),
            ...(options.to === undefined ? {} : { ecGridIdTo: options.to }),
            ...(options.mailbox === undefined ? {} : { mailboxId: options.mailbox }),
          });
          rows.push({ file: basename(file), parcelId });
        }
        printRows(io, rows, json);
      },
    );

  parcels
    .command("download")
    .description("download one parcel to a file")
    .argument("<parcelId>", "parcel ID", integer("parcelId", 1))
    .argument("[path]", "target file (default: the parcel's file name)")
    .option("--confirm", "confirm the download afterwards (ECGrid stops re-delivering it)")
    .action(
      async (
        parcelId: number,
        path: string | undefined,
        options: { confirm?: boolean },
        command: Command,
      ) => {
        const { ecgrid, json } = client(command, io);
        const target = path ?? `${parcelId}.edi`;
        const saved = await downloadToFile(ecgrid, parcelId, target);
        if (options.confirm) await ecgrid.parcels.confirm(parcelId);
        printRows(
          io,
          [{ parcelId, path: saved.path, bytes: saved.bytes, confirmed: options.confirm ?? false }],
          json,
        );
      },
    );

  ecgrid
    .command("inbox")
    .description("download every ready parcel into a folder, confirming each only once it is written")
    .requiredOption("--out <dir>", "folder to write the files to")
    .option("--mailbox <id>", "mailbox ID", integer("--mailbox", 1))
    .option("--concurrency <n>", "parcels handled at once", integer("--concurrency", 1), 1)
    .option("--limit <n>", "handle at most n parcels", integer("--limit"))
    .action(
      async (
        options: { out: string; mailbox?: number; concurrency: number; limit?: number },
        command: Command,
      ) => {
        const { ecgrid, json } = client(command, io);
        await mkdir(options.out, { recursive: true });
        const result = await ecgrid.parcels.processInbox(
          async ({ parcel, file }) => {
            const target = join(options.out, `${parcel.parcelId}-${basename(file.fileName ?? "parcel.edi")}`);
            // Written complete or not at all before the parcel is confirmed.
            const partial = `${target}.part`;
            try {
              await writeFile(partial, file.bytes);
              await rename(partial, target);
            } catch (error) {
              await rm(partial, { force: true });
              throw error;
            }
          },
          {
            concurrency: options.concurrency,
            ...(options.mailbox === undefined ? {} : { mailboxId: options.mailbox }),
            ...(options.limit === undefined ? {} : { limit: options.limit }),
          },
        );
        printRows(
          io,
          [
            ...result.confirmed.map((parcelId) => ({ parcelId, result: "confirmed" })),
            ...result.failed.map((f) => ({
              parcelId: f.parcelId,
              result: `left unconfirmed: ${(f.error as Error)?.message ?? f.error}`,
            })),
          ],
          json,
        );
        if (result.failed.length > 0) throw new ExitCode(1);
      },
    );
}
