// The AS2 Gateway half of the sandbox: a Hono app serving AS2 Gateway REST v1 over in-memory
// state. Every call but authorize needs a token from POST /v1/authorize (sent verbatim in
// `Authorization`); path parameters and JSON bodies are validated against
// specs/as2-gateway/openapi.yaml, query parameters against the same constraints, and invalid
// requests get 400 with a GenericResponse body.
//
// The outgoing queue progresses on the sandbox clock, evaluated lazily at the start of every
// request: a send is due `sendDelayMs` after it was accepted; a due entry to a working partner
// becomes a sent message with an MDN, one addressed to a station of the account also lands in
// `received`; one to a partner marked `down` adds a failure-log entry and is retried every
// `retryIntervalMs` up to 10 attempts, then stopped.
import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type FaultOptions, Faults, installFaults } from "../faults.js";
import { type As2RateLimitOptions, as2RateLimiter } from "../rate-limit.js";
import type { SeedAs2 } from "../seed.js";
import type { SpecValidators } from "../spec.js";
import { type As2File, type As2Message, As2Store, type Category } from "./store.js";
import { type ZipEntry, zip } from "./zip.js";

/** The AS2 Gateway operations the sandbox serves: method, spec path, operationId. */
export const AS2_SERVED_OPERATIONS = [
  ["POST", "/v1/authorize", "authorize"],
  ["POST", "/v1/message/{as2StationId}/{as2PartnerId}", "sendMessage"],
  ["GET", "/v1/message/received", "listReceivedMessages"],
  ["GET", "/v1/message/sent", "listSentMessages"],
  ["GET", "/v1/message/failed", "listFailedMessages"],
  ["GET", "/v1/message/queued", "listQueuedMessages"],
  ["GET", "/v1/message/received/{as2MessageId}", "getReceivedMessage"],
  ["GET", "/v1/message/sent/{as2MessageId}", "getSentMessage"],
  ["GET", "/v1/message/failed/{as2MessageId}", "getFailedMessage"],
  ["GET", "/v1/message/queued/{as2MessageId}", "getQueuedMessage"],
  ["POST", "/v1/message/received/{as2MessageId}/markUnread", "markReceivedMessageUnread"],
  ["GET", "/v1/message/received/{as2MessageId}/attachments", "downloadFirstReceivedAttachment"],
  ["GET", "/v1/message/received/{as2MessageId}/attachments/{index}", "downloadReceivedAttachmentByIndex"],
  ["GET", "/v1/message/received/{as2MessageId}/attachments/all", "downloadAllReceivedAttachments"],
  ["GET", "/v1/message/sent/{as2MessageId}/attachments", "downloadFirstSentAttachment"],
  ["GET", "/v1/message/sent/{as2MessageId}/attachments/{index}", "downloadSentAttachmentByIndex"],
  ["GET", "/v1/message/sent/{as2MessageId}/attachments/all", "downloadAllSentAttachments"],
  ["POST", "/v1/message/received/batch/attachments", "downloadReceivedAttachmentsBatch"],
  ["GET", "/v1/message/received/{as2MessageId}/mdn", "downloadReceivedMdn"],
  ["GET", "/v1/message/sent/{as2MessageId}/mdn", "downloadSentMdn"],
  ["POST", "/v1/message/queued/{as2MessageId}/stop", "stopQueuedMessageRetry"],
  ["POST", "/v1/message/queued/{as2MessageId}/retry", "resumeQueuedMessageRetry"],
  ["DELETE", "/v1/{messageType}/{as2MessageId}", "deleteMessage"],
  ["DELETE", "/v1/{messageType}", "deleteMessages"],
  ["GET", "/v1/partner", "listPartners"],
  ["GET", "/v1/station", "listStations"],
] as const;

/** 10 MB (10 MiB): the batch archive's aggregation limit and the send payload limit. */
export const AS2_LIMIT_BYTES = 10 * 1024 * 1024;
export const AS2_MAX_ATTEMPTS = 10;

export interface As2AppOptions {
  account: SeedAs2;
  validators: SpecValidators;
  now: () => number;
  /** Token lifetime. Default 24 hours (as the vendor documents). */
  tokenTtlMs?: number;
  /** Time from acceptance to the first send attempt. Default 1 s. */
  sendDelayMs?: number;
  /** Time between attempts for a partner that is down. Default 60 s. */
  retryIntervalMs?: number;
  /** The messages (src/as2/store.ts), kept in `dataDir/as2.json` when opened with one; in memory when absent. */
  store?: As2Store;
  /** Enforce the documented rate limit (50 requests / 10 s, src/rate-limit.ts); off when absent. */
  rateLimit?: As2RateLimitOptions;
  /** Fault knobs (src/faults.ts): a `Faults` to steer at runtime, or settings for a new one. */
  faults?: Faults | FaultOptions;
}

type File = As2File;
type Message = As2Message;

class Failure extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

const bad = (message: string) => new Failure(400, message);

function bool(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === "true") return true;
  if (value === "false") return false;
  throw bad(`${name} must be true or false`);
}

function int(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw bad(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

function oneOf<T extends string>(
  value: string | undefined,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw bad(`${name} must be one of ${allowed.join(", ")}`);
  return value as T;
}

const folderOf = (id: string) => id.replace(/^<|>$/g, "").replace(/[^A-Za-z0-9._@+-]/g, "_");

function mdnText(message: Message, receiver: string): string {
  return [
    `Content-Type: message/disposition-notification`,
    "",
    `Original-Recipient: rfc822; ${receiver}`,
    `Final-Recipient: rfc822; ${receiver}`,
    `Original-Message-ID: ${message.as2MessageId}`,
    "Disposition: automatic-action/MDN-sent-automatically; processed",
    "",
  ].join("\r\n");
}

export function createAs2App(options: As2AppOptions): Hono {
  const { account, validators, now } = options;
  const tokenTtlMs = options.tokenTtlMs ?? 24 * 60 * 60 * 1000;
  const sendDelayMs = options.sendDelayMs ?? 1000;
  const retryIntervalMs = options.retryIntervalMs ?? 60_000;
  const tokens = new Map<string, number>();
  const store = options.store ?? As2Store.open();
  const messages = store.messages;
  const newId = (suffix: string) => `<${100_000 + ++store.sequence}.${store.sequence}.${now()}@${suffix}>`;
  const station = (id: string) => account.stations.find((s) => s.as2Identifier === id);
  const partner = (id: string) => account.partners.find((p) => p.as2Identifier === id);

  /** Runs the queue up to now: every due entry gets its attempt. */
  function advance(): void {
    const at = now();
    for (const entry of messages.filter((m) => m.category === "queued" && m.dueAt <= at)) {
      store.changed();
      const target = partner(entry.partnerId);
      if (target?.down) {
        entry.attempts++;
        messages.push({
          ...entry,
          category: "failed",
          persistedTimestamp: entry.dueAt,
          files: [...entry.files],
        });
        if (entry.attempts >= AS2_MAX_ATTEMPTS) entry.category = "stopped";
        else entry.dueAt += retryIntervalMs;
        continue;
      }
      entry.category = "sent";
      entry.persistedTimestamp = entry.dueAt;
      entry.mdn = { persistedTimestamp: entry.dueAt, content: mdnText(entry, entry.partnerId) };
      if (station(entry.partnerId)) {
        // Addressed to a station of this account: it arrives in `received`, from the sending station.
        const received: Message = {
          as2MessageId: `<SANDBOX-${entry.dueAt}-${++store.sequence}@${entry.stationId}_${entry.partnerId}>`,
          category: "received",
          persistedTimestamp: entry.dueAt,
          stationId: entry.partnerId,
          partnerId: entry.stationId,
          partnerType: entry.partnerType,
          files: entry.files,
          read: false,
          attempts: 0,
          dueAt: entry.dueAt,
        };
        received.mdn = { persistedTimestamp: entry.dueAt, content: mdnText(received, entry.partnerId) };
        if (entry.subject !== undefined) received.subject = entry.subject;
        messages.push(received);
      }
    }
  }

  function view(m: Message) {
    const sent = m.category === "sent" || m.category === "received";
    return {
      as2MessageId: m.as2MessageId,
      persistedTimestamp: m.persistedTimestamp,
      compressed: false,
      encrypted: true,
      signed: true,
      ...(m.subject === undefined ? {} : { subject: m.subject }),
      receiverId: m.partnerId,
      senderId: m.stationId,
      ...(m.category === "queued" || m.category === "stopped"
        ? {}
        : { transportStatusReceived: m.category === "failed" ? 503 : 200 }),
      deliveryStatus: sent ? "Delivered" : m.category === "failed" ? "Not Delivered" : "No Status",
      mdnStatus: m.mdn ? "Received" : m.category === "failed" ? "No MDN" : "Pending",
      partnerType: m.partnerType,
      ...(m.mdn
        ? {
            mdnMessage: {
              persistedTimestamp: m.mdn.persistedTimestamp,
              mdnError: false,
              content: m.mdn.content,
            },
          }
        : {}),
      attachments: m.files.map((f) => ({ name: f.name, size: f.bytes.byteLength })),
    };
  }

  const find = (category: Category, id: string, alsoStopped = false): Message => {
    const found = messages
      .filter(
        (m) =>
          m.as2MessageId === id && (m.category === category || (alsoStopped && m.category === "stopped")),
      )
      .at(-1);
    if (!found) throw new Failure(404, `No ${category} AS2 message found with ID ${id}`);
    return found;
  };

  const app = new Hono();
  // Faults first: their control endpoints and injected answers (the spec's GenericResponse body).
  installFaults(
    app,
    options.faults instanceof Faults ? options.faults : new Faults(options.faults),
    AS2_SERVED_OPERATIONS,
    (status) => ({
      message: status === 503 ? "Service temporarily unavailable" : "Internal server error",
    }),
  );
  if (options.rateLimit) app.use(as2RateLimiter(options.rateLimit, now));
  // What a request changed is written (`dataDir/as2.json`) before it is answered.
  app.use(async (c, next) => {
    if (c.req.method !== "GET") store.changed();
    try {
      await next();
    } finally {
      store.flush();
    }
  });
  app.onError((error, c) => {
    if (error instanceof Failure) return c.json({ message: error.message }, error.status);
    return c.json({ message: "Internal server error" }, 500);
  });
  app.notFound((c) => c.json({ message: `No such resource: ${c.req.method} ${c.req.path}` }, 404));

  type Handler = (c: Context, params: Record<string, string>) => Response | Promise<Response>;
  const route = (method: "GET" | "POST" | "DELETE", specPath: string, handler: Handler, open = false) => {
    const validator = validators.get(method, specPath);
    if (!validator) throw new Error(`not in the AS2 Gateway spec: ${method} ${specPath}`);
    const honoPath = specPath.replace(/\{(\w+)\}/g, ":$1");
    app.on(method, honoPath, async (c) => {
      if (!open) {
        const token = c.req.header("authorization");
        const expiry = token === undefined ? undefined : tokens.get(token);
        if (expiry === undefined || expiry <= now())
          throw new Failure(401, "Missing, invalid or expired token in the Authorization header");
        advance();
      }
      bool(c.req.query("markAsRead"), "markAsRead");
      const params = c.req.param() as Record<string, string>;
      const checked = validator.params(params);
      if (checked.issues.length > 0)
        throw bad(checked.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
      if (c.req.header("content-type")?.startsWith("application/json")) {
        let body: unknown;
        try {
          body = await c.req.json();
        } catch {
          throw bad("The request body is not valid JSON");
        }
        const issues = validator.body(body);
        if (issues.length > 0) throw bad(issues.map((i) => `${i.path}: ${i.message}`).join("; "));
        c.set("body" as never, body as never);
      } else if (
        specPath === "/v1/authorize" ||
        (method === "DELETE" && specPath === "/v1/{messageType}") ||
        specPath.endsWith("/batch/attachments")
      ) {
        throw bad("A JSON body (Content-Type: application/json) is required");
      }
      return handler(c, params);
    });
  };
  const body = <T>(c: Context) => c.get("body" as never) as T;

  route(
    "POST",
    "/v1/authorize",
    (c) => {
      const { username, password } = body<{ username: string; password: string }>(c);
      if (username.toLowerCase() !== account.username.toLowerCase() || password !== account.password)
        throw new Failure(401, "Invalid username or password");
      const token = `sbx.${Buffer.from(JSON.stringify({ sub: account.username })).toString("base64url")}.${randomBytes(18).toString("base64url")}`;
      const expiry = now() + tokenTtlMs;
      tokens.set(token, expiry);
      return c.json({ token, expiry });
    },
    true,
  );

  const page = (c: Context, category: Category) => {
    const q = c.req.query();
    const pageOffset = int(q.pageOffset, "pageOffset", 0, Number.MAX_SAFE_INTEGER, 0);
    const pageLength = int(q.pageLength, "pageLength", 1, 100, 10);
    const sortCol = oneOf(
      q.sortCol,
      "sortCol",
      ["persistedTimestamp", "receiverId", "senderId", "subject"] as const,
      "persistedTimestamp",
    );
    const sortDir = oneOf(q.sortDir, "sortDir", ["asc", "desc"] as const, "desc");
    const partnerType =
      q.partnerType === undefined
        ? undefined
        : oneOf(q.partnerType, "partnerType", ["production", "test"] as const, "production");
    const unreadOnly = category === "received" ? bool(q.unreadOnly, "unreadOnly") : undefined;
    const matches = (m: Message) => {
      if (m.category !== category) return false;
      if (partnerType && m.partnerType.toLowerCase() !== partnerType) return false;
      if (unreadOnly && m.read) return false;
      if (category === "queued") {
        const term = q.query;
        return term === undefined || [m.partnerId, m.stationId, m.as2MessageId, m.subject].includes(term);
      }
      if (q.partnerAS2Id !== undefined && m.partnerId !== q.partnerAS2Id) return false;
      if (q.stationAS2Id !== undefined && m.stationId !== q.stationAS2Id) return false;
      if (q.as2MessageId !== undefined && m.as2MessageId !== q.as2MessageId) return false;
      if (q.subject !== undefined && m.subject !== q.subject) return false;
      return true;
    };
    const key = (m: Message): string | number =>
      sortCol === "persistedTimestamp"
        ? m.persistedTimestamp
        : sortCol === "receiverId"
          ? m.partnerId
          : sortCol === "senderId"
            ? m.stationId
            : (m.subject ?? "");
    const all = messages
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => matches(m))
      .sort((a, b) => {
        const x = key(a.m);
        const y = key(b.m);
        const order = x < y ? -1 : x > y ? 1 : a.i - b.i;
        return sortDir === "asc" ? order : -order;
      })
      .map(({ m }) => m);
    const records = all.slice(pageOffset * pageLength, (pageOffset + 1) * pageLength).map(view);
    return c.json({ totalRecords: all.length, records });
  };

  const markAsRead = (c: Context, m: Message) => {
    if (bool(c.req.query("markAsRead"), "markAsRead")) {
      m.read = true;
      store.changed();
    }
  };
  const fileResponse = (c: Context, name: string, bytes: Uint8Array) =>
    c.body(new Uint8Array(bytes), 200, {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename=${name}`,
    });
  const attachment =
    (category: "received" | "sent", which: "first" | "index" | "all"): Handler =>
    (c, p) => {
      const m = find(category, p.as2MessageId as string);
      if (category === "received") markAsRead(c, m);
      if (which === "all") {
        return fileResponse(
          c,
          `${folderOf(m.as2MessageId)}.zip`,
          zip(m.files.map((f) => ({ path: f.name, bytes: f.bytes }))),
        );
      }
      const index = which === "first" ? 0 : Number(p.index);
      const file = m.files[index];
      if (!file) throw new Failure(404, `AS2 message ${m.as2MessageId} has no attachment ${index}`);
      return fileResponse(c, file.name, file.bytes);
    };
  const mdn =
    (category: "received" | "sent"): Handler =>
    (c, p) => {
      const m = find(category, p.as2MessageId as string);
      if (category === "received") markAsRead(c, m);
      if (!m.mdn) throw new Failure(404, `AS2 message ${m.as2MessageId} has no MDN`);
      return fileResponse(c, `${folderOf(m.as2MessageId)}.mdn`, Buffer.from(m.mdn.content));
    };

  route("POST", "/v1/message/received/batch/attachments", (c) => {
    const ids = body<string[]>(c);
    const mark = bool(c.req.query("markAsRead"), "markAsRead");
    const entries: ZipEntry[] = [];
    let size = 0;
    let truncatedAt: string | undefined;
    const complete: Message[] = [];
    outer: for (const [mi, id] of ids.entries()) {
      const m = messages.find((x) => x.category === "received" && x.as2MessageId === id);
      const folder = folderOf(id);
      if (!m || m.files.length === 0) {
        entries.push({
          path: `${folder}/.error`,
          bytes: Buffer.from(`No attachments found for AS2 message ${id}`),
        });
        continue;
      }
      for (const [ai, file] of m.files.entries()) {
        if (entries.length > 0 && size + file.bytes.byteLength > AS2_LIMIT_BYTES) {
          truncatedAt = `(${ai === 0 ? mi - 1 : mi},${ai === 0 ? lastIndexOf(ids, mi - 1) : ai - 1})`;
          break outer;
        }
        entries.push({ path: `${folder}/${file.name}`, bytes: file.bytes });
        size += file.bytes.byteLength;
      }
      complete.push(m);
    }
    function lastIndexOf(list: string[], mi: number): number {
      const prev = messages.find((x) => x.category === "received" && x.as2MessageId === list[mi]);
      return prev ? prev.files.length - 1 : 0;
    }
    if (mark) for (const m of complete) m.read = true;
    const headers: Record<string, string> = { "Content-Type": "application/octet-stream" };
    if (truncatedAt) headers["X-Batch-Truncation-Index"] = truncatedAt;
    return c.body(new Uint8Array(zip(entries)), truncatedAt ? 206 : 200, headers);
  });

  route("POST", "/v1/message/{as2StationId}/{as2PartnerId}", async (c, p) => {
    const stationId = p.as2StationId as string;
    const partnerId = p.as2PartnerId as string;
    const from = station(stationId);
    if (!from) throw bad(`No AS2 station ${stationId} in this account`);
    const to = partner(partnerId);
    if (!to) throw bad(`No AS2 partner ${partnerId} in this account`);
    const partnerType = oneOf(
      c.req.query("partnerType"),
      "partnerType",
      ["production", "test"] as const,
      "production",
    );
    const files: File[] = [];
    if (c.req.header("content-type")?.startsWith("multipart/form-data")) {
      const form = await c.req.parseBody({ all: true });
      const parts = ([] as unknown[]).concat(form.file ?? []);
      for (const part of parts) {
        if (!(part instanceof Blob)) throw bad("Every `file` part must be a file");
        files.push({
          name: (part as Blob & { name?: string }).name || "attachment",
          bytes: new Uint8Array(await part.arrayBuffer()),
        });
      }
      if (files.length < 1 || files.length > 10) throw bad("A multipart send takes 1 to 10 `file` parts");
      if (new Set(files.map((f) => f.name)).size !== files.length) throw bad("File names must be unique");
    } else {
      const name = c.req.header("name");
      if (!name) throw bad("The Name header is mandatory for a single-file send");
      files.push({ name, bytes: new Uint8Array(await c.req.arrayBuffer()) });
    }
    if (files.reduce((n, f) => n + f.bytes.byteLength, 0) > AS2_LIMIT_BYTES)
      throw new Failure(413, "The message exceeds 10 MB");
    const message: Message = {
      as2MessageId: newId("sandbox.as2gateway.local"),
      category: "queued",
      persistedTimestamp: now(),
      stationId,
      partnerId,
      partnerType: partnerType === "test" ? "Test" : "Production",
      files,
      read: false,
      attempts: 0,
      dueAt: now() + sendDelayMs,
    };
    const subject = c.req.query("subject") ?? to.messageSubject;
    if (subject !== undefined) message.subject = subject;
    messages.push(message);
    const origin = new URL(c.req.url).origin;
    c.header("Link", `${origin}/v1/message/sent/${message.as2MessageId}`);
    return c.json({ message: "Successfully added a new outbound entry" }, 202);
  });

  for (const category of ["received", "sent", "failed", "queued"] as const) {
    route("GET", `/v1/message/${category}`, (c) => page(c, category));
  }
  route("POST", "/v1/message/received/{as2MessageId}/markUnread", (c, p) => {
    find("received", p.as2MessageId as string).read = false;
    return c.json({ message: `Successfully marked AS2 message with ID ${p.as2MessageId} as unread` });
  });
  for (const category of ["received", "sent"] as const) {
    route("GET", `/v1/message/${category}/{as2MessageId}/attachments/all`, attachment(category, "all"));
    route("GET", `/v1/message/${category}/{as2MessageId}/attachments/{index}`, attachment(category, "index"));
    route("GET", `/v1/message/${category}/{as2MessageId}/attachments`, attachment(category, "first"));
    route("GET", `/v1/message/${category}/{as2MessageId}/mdn`, mdn(category));
  }
  route("POST", "/v1/message/queued/{as2MessageId}/stop", (c, p) => {
    const m = find("queued", p.as2MessageId as string, true);
    m.category = "stopped";
    return c.json({ message: `Successfully stopped retrying AS2 message with ID ${m.as2MessageId}` });
  });
  route("POST", "/v1/message/queued/{as2MessageId}/retry", (c, p) => {
    const m = find("queued", p.as2MessageId as string, true);
    m.category = "queued";
    m.attempts = 0;
    m.dueAt = now();
    return c.json({ message: `Successfully started retrying AS2 message with ID ${m.as2MessageId}` });
  });
  for (const category of ["received", "sent", "failed", "queued"] as const) {
    route("GET", `/v1/message/${category}/{as2MessageId}`, (c, p) => {
      const m = find(category, p.as2MessageId as string);
      if (category === "received") markAsRead(c, m);
      return c.json(view(m));
    });
  }
  const remove = (category: Category, ids: readonly string[]) => {
    let count = 0;
    for (let i = messages.length - 1; i >= 0; i--) {
      const m = messages[i] as Message;
      if (m.category === category && ids.includes(m.as2MessageId)) {
        messages.splice(i, 1);
        count++;
      }
    }
    return count;
  };
  route("DELETE", "/v1/{messageType}/{as2MessageId}", (c, p) => {
    const count = remove(p.messageType as Category, [p.as2MessageId as string]);
    if (count === 0)
      throw new Failure(404, `No ${p.messageType} AS2 message found with ID ${p.as2MessageId}`);
    return c.json({ message: `Deleted ${count} messages` });
  });
  route("DELETE", "/v1/{messageType}", (c, p) => {
    const count = remove(p.messageType as Category, body<string[]>(c));
    return c.json({ message: `Deleted ${count} messages` });
  });

  route("GET", "/v1/partner", (c) => {
    const q = c.req.query("query")?.toLowerCase();
    const list = account.partners
      .filter((p) => !q || p.as2Identifier.toLowerCase().includes(q) || p.name.toLowerCase().includes(q))
      .map((p, i) => ({
        partnerId: i + 1,
        as2Identifier: p.as2Identifier,
        name: p.name,
        uri: p.uri,
        ...(p.messageSubject === undefined ? {} : { messageSubject: p.messageSubject }),
        encryptionAlgorithm: "AES256_CBC",
        signDigestAlgorithm: "SHA256",
        useDiffCertAsSignCert: false,
        encryptMessages: true,
        signMessage: true,
        compressAfter: false,
        compressBefore: false,
        requestAsyncMdn: false,
        requestMdn: true,
        requestSignedMdn: true,
        requestHttpsMdn: false,
        customHeaders: [],
        useAs2Restart: false,
        pauseIncoming: false,
        pauseOutgoing: false,
        sendTimeout: 60,
        flows: [],
        partnerType: p.partnerType ?? "Production",
        isGlobalPartner: false,
        pinned: false,
      }));
    return c.json(list);
  });
  route("GET", "/v1/station", (c) => {
    const q = c.req.query("query")?.toLowerCase();
    return c.json(
      account.stations
        .filter((s) => !q || s.as2Identifier.toLowerCase().includes(q) || s.name.toLowerCase().includes(q))
        .map((s, i) => ({
          id: i + 1,
          as2Identifier: s.as2Identifier,
          name: s.name,
          email: s.email,
          certificate: { id: i + 1 },
          sftpStructure: 0,
          emailNotifications: false,
          sendFailureEmails: false,
          sendMdnFailureEmails: false,
          pinned: false,
        })),
    );
  });
  return app;
}
