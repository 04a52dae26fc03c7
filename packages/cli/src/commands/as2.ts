import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { As2Gateway, ValidationError } from "@edi-clients/as2-gateway";
import { safeFileName, sendFiles } from "@edi-clients/as2-gateway/node";
import type { Command } from "commander";
import { type CliIo, ExitCode, printRows } from "../io.js";
import { integer } from "./ecgrid.js";

interface GlobalOptions {
  token?: string;
  baseUrl?: string;
  json?: boolean;
}

function client(command: Command, io: CliIo): { as2: As2Gateway; json: boolean } {
  const options = command.optsWithGlobals<GlobalOptions>();
  const token = options.token ?? io.env.AS2G_TOKEN;
  const username = io.env.AS2G_USERNAME;
  const password = io.env.AS2G_PASSWORD;
  const auth = token ? { token } : username && password ? { credentials: { username, password } } : undefined;
  if (!auth)
    throw new ValidationError(
      "no AS2 Gateway credentials: pass --token, or set AS2G_TOKEN or AS2G_USERNAME + AS2G_PASSWORD",
    );
  const baseUrl = options.baseUrl ?? io.env.AS2G_BASE_URL;
  return {
    as2: new As2Gateway({
      ...auth,
      ...(baseUrl ? { baseUrl } : {}),
      ...(io.fetch ? { fetch: io.fetch } : {}),
    }),
    json: options.json ?? false,
  };
}

/** A folder name for a message: its ID without the characters file systems dislike. */
export function messageFolder(as2MessageId: string): string {
  return as2MessageId.replace(/^<|>$/g, "").replace(/[^A-Za-z0-9._@+-]/g, "_");
}

export function registerAs2(program: Command, io: CliIo): void {
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
    .description("send files to a partner in one AS2 message (never re-sent once it may have arrived)")
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
          const result = await sendFiles(as2, files, {
            stationId: options.station,
            partnerId: options.partner,
          });
          const row: Record<string, unknown> = { as2MessageId: result.as2MessageId, status: "queued" };
          if (options.wait && result.as2MessageId) {
            await as2.messages.waitForSent(result.as2MessageId);
            row.status = "sent";
          }
          printRows(io, [row], json);
        } finally {
          await as2.close();
        }
      },
    );

  const received = as2.command("received").description("received messages");

  received
    .command("list")
    .description("list received messages, every page")
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
    .description("save every unread message's attachments into a folder, marking each read only once written")
    .requiredOption("--out <dir>", "folder to write to (one sub-folder per message)")
    .option("--concurrency <n>", "messages handled at once", integer("--concurrency", 1), 1)
    .option("--limit <n>", "handle at most n messages", integer("--limit"))
    .action(async (options: { out: string; concurrency: number; limit?: number }, command: Command) => {
      const { as2, json } = client(command, io);
      try {
        const result = await as2.messages.processReceived(
          async ({ message, attachments }) => {
            const folder = join(options.out, messageFolder(message.as2MessageId));
            const partial = `${folder}.part`;
            // The message folder appears complete or not at all before the message is marked read.
            await rm(partial, { recursive: true, force: true });
            await mkdir(partial, { recursive: true });
            try {
              for (const [index, file] of attachments.entries()) {
                await writeFile(join(partial, safeFileName(file.name) ?? `attachment-${index}`), file.bytes);
              }
              await rm(folder, { recursive: true, force: true });
              await rename(partial, folder);
            } catch (error) {
              await rm(partial, { recursive: true, force: true });
              throw error;
            }
          },
          {
            concurrency: options.concurrency,
            ...(options.limit === undefined ? {} : { limit: options.limit }),
          },
        );
        printRows(
          io,
          [
            ...result.succeeded.map((id) => ({ as2MessageId: id, result: "marked read" })),
            ...result.failed.map((f) => ({
              as2MessageId: f.as2MessageId,
              result: `left unread: ${(f.error as Error)?.message ?? f.error}`,
            })),
          ],
          json,
        );
        if (result.failed.length > 0) throw new ExitCode(1);
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
