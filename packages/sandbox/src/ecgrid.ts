// The ECGrid half of the sandbox: a Hono app serving the parcel flow of ECGrid REST v2.6 over the
// sandbox state. Each route is declared with its spec path; the request is authenticated, then its
// path parameters and JSON body are validated against specs/ecgrid/openapi.yaml before the handler
// runs (invalid → the spec's 400 envelope). Operations not served yet answer 404.
import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { INBOX_READY, OUTBOX_ACKNOWLEDGED, OUTBOX_PENDING, OUTBOX_SENT, OutboxDelivery } from "./delivery.js";
import { CALLBACK_OPERATIONS, type CallbackOptions, CallbackService } from "./ecgrid-callbacks.js";
import { type FaultOptions, Faults, installFaults } from "./faults.js";
import { INTERCHANGE_OPERATIONS, registerInterchanges } from "./interchanges.js";
import { type RateLimitOptions, rateLimiter } from "./rate-limit.js";
import type { SeedUser } from "./seed.js";
import type { SpecValidators } from "./spec.js";
import type { Direction, ParcelRecord, SandboxState } from "./state.js";
import { installVariants, type VariantOptions, Variants } from "./variants.js";
import { readIsa } from "./x12.js";

/** The ECGrid operations the sandbox serves: method, spec path, operationId. */
export const SERVED_OPERATIONS = [
  ["POST", "/v2/auth/login", "authLogin"],
  ["POST", "/v2/auth/refresh", "authRefreshToken"],
  ["POST", "/v2/auth/logout", "authLogout"],
  ["POST", "/v2/parcels/upload", "parcelsUploadParcel"],
  ["GET", "/v2/parcels/{id}", "parcelsGetParcel"],
  ["POST", "/v2/parcels/download", "parcelsDownloadParcel"],
  ["POST", "/v2/parcels/confirm", "parcelsConfirmDownload"],
  ["POST", "/v2/parcels/reset-to-inbox/{id}", "parcelsResetToInbox"],
  ["POST", "/v2/parcels/inbox-list", "parcelsInboxList"],
  ["POST", "/v2/parcels/outbox-list", "parcelsOutboxList"],
  ["POST", "/v2/parcels/pending-inbox-list", "parcelsPendingInboxList"],
  ...CALLBACK_OPERATIONS,
  ...INTERCHANGE_OPERATIONS,
] as const satisfies readonly (readonly ["GET" | "POST" | "DELETE", string, string])[];

export interface EcgridAppOptions {
  state: SandboxState;
  validators: SpecValidators;
  /** Milliseconds since the epoch; the sandbox's notion of now. */
  now: () => number;
  /** Lifetime of a login token. Default one hour. */
  tokenTtlMs?: number;
  /** The callback registrations and deliveries (src/ecgrid-callbacks.ts); a new one when absent. */
  callbacks?: CallbackService;
  /** Retry/timeout settings of a callback service made here. */
  callbackOptions?: CallbackOptions;
  /** Enforce the documented rate limits (src/rate-limit.ts); off when absent. */
  rateLimit?: RateLimitOptions;
  /** The outbox progression (src/delivery.ts); a new one (immediate delivery) when absent. */
  delivery?: OutboxDelivery;
  /** Fault knobs (src/faults.ts): a `Faults` to steer at runtime, or settings for a new one. */
  faults?: Faults | FaultOptions;
  /** Response-variant knobs (src/variants.ts): a `Variants` to switch at runtime, or settings. */
  variants?: Variants | VariantOptions;
}

interface Session {
  user: SeedUser;
  expiresAt: number;
}

interface RequestInfo {
  c: Context;
  user: SeedUser;
  body: Record<string, unknown>;
  params: Record<string, unknown>;
}

type Handler = (request: RequestInfo) => Response | Promise<Response>;

/** Thrown by handlers: becomes the spec's error envelope with this status. */
class ApiFailure extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly errorCode: string,
    readonly detail: string | null = null,
  ) {
    super(message);
  }
}

const INBOX_TRANSFERRED = "InBoxTransferred";

function publicParcel(p: ParcelRecord) {
  return {
    parcelId: p.parcelId,
    mailboxId: p.mailboxId,
    networkId: p.networkId,
    fileName: p.fileName,
    bytes: p.bytes,
    status: p.status,
    ecGridIdFrom: p.ecGridIdFrom,
    ecGridIdTo: p.ecGridIdTo,
    created: p.created,
    modified: p.modified,
  };
}

function decodeBase64(content: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length % 4 !== 0) {
    throw new ApiFailure(
      400,
      "One or more request fields are invalid.",
      "InvalidParameter",
      "content is not Base64",
    );
  }
  return Buffer.from(content, "base64");
}

export function createEcgridApp(options: EcgridAppOptions): Hono {
  const { state, validators, now } = options;
  const tokenTtlMs = options.tokenTtlMs ?? 60 * 60_000;
  const sessions = new Map<string, Session>();
  const app = new Hono();
  // The envelope and payload shapes of every answer (src/variants.ts), and the faults, first.
  const variants = options.variants instanceof Variants ? options.variants : new Variants(options.variants);
  const ok = (c: Context, data: unknown, extra: Record<string, unknown> = {}): Response =>
    c.json(variants.success(data, extra));
  const failure = (c: Context, error: ApiFailure): Response => c.json(variants.failure(error), error.status);
  const view = (p: ParcelRecord) => variants.parcel(publicParcel(p));
  installVariants(app, variants);
  installFaults(
    app,
    options.faults instanceof Faults ? options.faults : new Faults(options.faults),
    SERVED_OPERATIONS,
    (status) =>
      variants.failure(
        status === 503
          ? { status, message: "The service is temporarily unavailable.", errorCode: null, detail: null }
          : { status, message: "An unexpected error occurred.", errorCode: "InternalError", detail: null },
      ),
  );
  if (options.rateLimit) app.use(rateLimiter(options.rateLimit, now, (refusal) => variants.failure(refusal)));
  const iso = () => new Date(now()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const callbacks = options.callbacks ?? new CallbackService(state, iso, options.callbackOptions);
  const delivery = options.delivery ?? new OutboxDelivery(state, callbacks, now, iso);
  // Outbox parcels progress on the sandbox clock: whatever is due is delivered before each request.
  app.use(async (_c, next) => {
    delivery.advance();
    await next();
  });

  const userByKey = (key: string) => state.seed.users.find((u) => u.apiKey === key);
  const authenticate = (c: Context): SeedUser => {
    const key = c.req.header("x-api-key");
    if (key !== undefined) {
      const user = userByKey(key);
      if (user) return user;
      throw new ApiFailure(401, "The provided API key is not valid or has been revoked.", "InvalidAPIKey");
    }
    const bearer = /^Bearer (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (bearer !== undefined) {
      const session = sessions.get(bearer);
      if (session && session.expiresAt > now()) return session.user;
      throw new ApiFailure(401, "The session token is not valid or has expired.", "InvalidSession");
    }
    throw new ApiFailure(401, "Authentication required: send X-API-Key or a Bearer token.", "InvalidSession");
  };

  const mailboxOf = (mailboxId: number) => state.seed.mailboxes.find((m) => m.mailboxId === mailboxId);
  /** The mailbox a request acts on: the body's `mailboxId` (only the user's own), else the user's. */
  const mailboxFor = (user: SeedUser, requested: unknown) => {
    const mailboxId = typeof requested === "number" ? requested : user.mailboxId;
    if (mailboxId !== user.mailboxId) {
      if (!mailboxOf(mailboxId))
        throw new ApiFailure(404, `Mailbox ${mailboxId} was not found.`, "ObjectNotFound");
      throw new ApiFailure(403, `Mailbox ${mailboxId} is not accessible to this user.`, "AccessDenied");
    }
    return mailboxId;
  };
  const ownParcel = (user: SeedUser, parcelId: number, direction?: Direction) => {
    const parcel = state.parcel(parcelId);
    if (!parcel || parcel.mailboxId !== user.mailboxId || (direction && parcel.direction !== direction)) {
      throw new ApiFailure(404, `Parcel ${parcelId} was not found.`, "ObjectNotFound");
    }
    return parcel;
  };

  const issueToken = (user: SeedUser) => {
    const token = `sbx.${randomBytes(24).toString("base64url")}`;
    const expiresAt = now() + tokenTtlMs;
    sessions.set(token, { user, expiresAt });
    return {
      token,
      expiresAt: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
      userId: state.seed.users.indexOf(user) + 1,
    };
  };

  const registered = new Set<string>();
  const route = (method: "GET" | "POST" | "DELETE", specPath: string, handler: Handler, auth = true) => {
    const validator = validators.get(method, specPath);
    const declared = SERVED_OPERATIONS.find(([m, p]) => m === method && p === specPath)?.[2];
    if (!validator || validator.operationId !== declared) {
      throw new Error(
        `sandbox: ${method} ${specPath} is not ${declared ?? "a served operation"} in the ECGrid spec`,
      );
    }
    registered.add(declared);
    const honoPath = specPath.replace(/\{(\w+)\}/g, ":$1");
    app.on(method, honoPath, async (c) => {
      try {
        // The unauthenticated routes (login, refresh) never read `user`.
        const user = auth ? authenticate(c) : (undefined as unknown as SeedUser);
        const { issues: paramIssues, values: params } = validator.params(
          c.req.param() as Record<string, string>,
        );
        let body: unknown;
        const text = method === "GET" ? "" : await c.req.text();
        if (text.trim() !== "") {
          try {
            body = JSON.parse(text);
          } catch {
            throw new ApiFailure(
              400,
              "One or more request fields are invalid.",
              "InvalidParameter",
              "malformed JSON",
            );
          }
        }
        const issues = [...paramIssues, ...validator.body(body)];
        if (issues.length > 0) {
          const detail = issues.map((i) => `${i.path} ${i.message}`).join("; ");
          throw new ApiFailure(400, "One or more request fields are invalid.", "InvalidParameter", detail);
        }
        return await handler({ c, user, body: (body ?? {}) as Record<string, unknown>, params });
      } catch (error) {
        if (error instanceof ApiFailure) return failure(c, error);
        throw error;
      }
    });
  };

  // --- auth -------------------------------------------------------------------------------------
  route(
    "POST",
    "/v2/auth/login",
    ({ c, body }) => {
      const user = state.seed.users.find((u) => u.login === body.login && u.password === body.password);
      if (!user || user.login === undefined) {
        throw new ApiFailure(401, "The login or password is not valid.", "InvalidSession");
      }
      return ok(c, issueToken(user));
    },
    false,
  );
  route(
    "POST",
    "/v2/auth/refresh",
    ({ c, body }) => {
      const token = body.token as string;
      const session = sessions.get(token);
      if (!session || session.expiresAt <= now()) {
        throw new ApiFailure(401, "The session token is not valid or has expired.", "InvalidSession");
      }
      // Refresh rotates: the old token stops working.
      sessions.delete(token);
      return ok(c, issueToken(session.user));
    },
    false,
  );
  route("POST", "/v2/auth/logout", ({ c }) => {
    const bearer = /^Bearer (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (bearer !== undefined) sessions.delete(bearer);
    return ok(c, null, { message: "Session terminated." });
  });

  // --- parcels ----------------------------------------------------------------------------------
  route("POST", "/v2/parcels/upload", ({ c, user, body }) => {
    const mailboxId = mailboxFor(user, body.mailboxId);
    const content = body.content as string;
    const bytes = decodeBase64(content);
    const ids = state.seed.ecgridIds;
    const isa = readIsa(bytes.toString("latin1"));
    const fromId =
      typeof body.ecGridIdFrom === "number"
        ? ids.find((i) => i.ecGridId === body.ecGridIdFrom)
        : isa && ids.find((i) => i.qualifier === isa.sender.qualifier && i.id === isa.sender.id);
    const toId =
      typeof body.ecGridIdTo === "number"
        ? ids.find((i) => i.ecGridId === body.ecGridIdTo)
        : isa && ids.find((i) => i.qualifier === isa.receiver.qualifier && i.id === isa.receiver.id);
    if (!isa && (body.ecGridIdFrom === undefined || body.ecGridIdTo === undefined)) {
      // Cannot be routed: the documented error, and the sender's OutBoxError event (no parcel).
      callbacks.fire("OutBoxError", {
        mailboxId,
        networkId: mailboxOf(mailboxId)?.networkId ?? 0,
        fileName: body.fileName as string,
      });
      throw new ApiFailure(
        400,
        "One or more request fields are invalid.",
        "InvalidParameter",
        "content does not start with an X12 ISA segment; give ecGridIdFrom and ecGridIdTo to route it",
      );
    }
    if (!fromId || fromId.mailboxId !== mailboxId) {
      throw new ApiFailure(
        403,
        "The sender is not an ECGrid ID of this mailbox.",
        "AccessDenied",
        isa ? `ISA05/06 ${isa.sender.qualifier}:${isa.sender.id}` : null,
      );
    }
    if (!toId) {
      callbacks.fire("OutBoxError", {
        mailboxId,
        networkId: mailboxOf(mailboxId)?.networkId ?? 0,
        ecGridId: fromId.ecGridId,
        fileName: body.fileName as string,
      });
      throw new ApiFailure(
        404,
        "The receiver is not a known ECGrid ID.",
        "ObjectNotFound",
        isa ? `no ECGrid ID for ISA07/08 ${isa.receiver.qualifier}:${isa.receiver.id}` : null,
      );
    }
    const at = iso();
    // outboxPending until delivered (src/delivery.ts): then the receiver's inbox parcel exists.
    const outbox: ParcelRecord = {
      fileName: body.fileName as string,
      bytes: bytes.byteLength,
      ecGridIdFrom: fromId.ecGridId,
      ecGridIdTo: toId.ecGridId,
      created: at,
      modified: at,
      content,
      parcelId: state.newParcelId(),
      direction: "outbox",
      mailboxId,
      networkId: mailboxOf(mailboxId)?.networkId ?? 0,
      status: OUTBOX_PENDING,
      dueAt: delivery.dueAt(),
    };
    state.data.parcels.push(outbox);
    state.save();
    delivery.advance();
    return ok(c, variants.uploadResult(outbox));
  });

  route("GET", "/v2/parcels/{id}", ({ c, user, params }) =>
    ok(c, view(ownParcel(user, params.id as number))),
  );

  route("POST", "/v2/parcels/download", ({ c, user, body }) => {
    const parcel = ownParcel(user, body.parcelId as number, "inbox");
    return ok(
      c,
      variants.download({
        parcelId: parcel.parcelId,
        fileName: parcel.fileName,
        content: parcel.content,
        bytes: parcel.bytes,
      }),
    );
  });

  route("POST", "/v2/parcels/confirm", ({ c, user, body }) => {
    const parcel = ownParcel(user, body.parcelId as number, "inbox");
    if (parcel.status !== INBOX_TRANSFERRED) {
      parcel.status = INBOX_TRANSFERRED;
      parcel.modified = iso();
      state.save();
      const sent = parcel.pairedParcelId === undefined ? undefined : state.parcel(parcel.pairedParcelId);
      if (sent) {
        // The receiving party confirmed: the sender's parcel is acknowledged (a terminal success).
        if (sent.status === OUTBOX_SENT) {
          sent.status = OUTBOX_ACKNOWLEDGED;
          sent.modified = parcel.modified;
          state.save();
        }
        callbacks.fire("ConfirmDelivery", { ...sent, ecGridId: sent.ecGridIdFrom, parcel: sent });
      }
    }
    return ok(c, variants.confirmResult(parcel));
  });

  route("POST", "/v2/parcels/reset-to-inbox/{id}", ({ c, user, params }) => {
    const parcel = ownParcel(user, params.id as number, "inbox");
    parcel.status = INBOX_READY;
    parcel.modified = iso();
    state.save();
    return ok(c, true);
  });

  const list = (direction: Direction) =>
    (({ c, user, body }) => {
      const mailboxId = mailboxFor(user, body.mailboxId);
      const begin = typeof body.beginDate === "string" ? Date.parse(body.beginDate) : undefined;
      const end = typeof body.endDate === "string" ? Date.parse(body.endDate) : undefined;
      const matching = state.data.parcels
        .filter((p) => p.direction === direction && p.mailboxId === mailboxId)
        .filter((p) => body.status === undefined || p.status === body.status)
        .filter((p) => body.ecGridIdFrom === undefined || p.ecGridIdFrom === body.ecGridIdFrom)
        .filter((p) => body.ecGridIdTo === undefined || p.ecGridIdTo === body.ecGridIdTo)
        .filter((p) => begin === undefined || Date.parse(p.created) >= begin)
        .filter((p) => end === undefined || Date.parse(p.created) <= end)
        .sort((a, b) => a.parcelId - b.parcelId);
      const pageNo = (body.pageNo as number | undefined) ?? 1;
      const recordsPerPage = (body.recordsPerPage as number | undefined) ?? 25;
      const page = matching.slice((pageNo - 1) * recordsPerPage, pageNo * recordsPerPage);
      const answer = variants.parcelList(page.map(view), {
        totalRecords: matching.length,
        pageNo,
        recordsPerPage,
      });
      return ok(c, answer.data, answer.extra);
    }) satisfies Handler;

  route("POST", "/v2/parcels/inbox-list", list("inbox"));
  route("POST", "/v2/parcels/outbox-list", list("outbox"));

  route("POST", "/v2/parcels/pending-inbox-list", ({ c, user, body }) => {
    const mailboxId = mailboxFor(user, body.mailboxId);
    const ready = state.data.parcels
      .filter((p) => p.direction === "inbox" && p.mailboxId === mailboxId && p.status === INBOX_READY)
      .filter((p) => body.ecGridIdFrom === undefined || p.ecGridIdFrom === body.ecGridIdFrom)
      .filter((p) => body.ecGridIdTo === undefined || p.ecGridIdTo === body.ecGridIdTo)
      .sort((a, b) => a.parcelId - b.parcelId);
    const answer = variants.parcelList(ready.map(view));
    return ok(c, answer.data, answer.extra);
  });

  const routeContext = {
    route: (method: "GET" | "POST" | "DELETE", specPath: string, handler: Handler) =>
      route(method, specPath, handler),
    ok,
    fail: (status: ContentfulStatusCode, message: string, errorCode: string, detail?: string | null) =>
      new ApiFailure(status, message, errorCode, detail),
    iso,
  };
  callbacks.register(routeContext, mailboxFor);
  registerInterchanges(routeContext, state, mailboxFor);

  if (registered.size !== SERVED_OPERATIONS.length)
    throw new Error("sandbox: SERVED_OPERATIONS lists a route not served");

  app.notFound((c) =>
    failure(
      c,
      new ApiFailure(
        404,
        "This operation is not served by the sandbox.",
        "ObjectNotFound",
        `${c.req.method} ${c.req.path}`,
      ),
    ),
  );
  app.onError((error, c) =>
    failure(
      c,
      new ApiFailure(500, "The sandbox failed to handle the request.", "InternalError", String(error)),
    ),
  );
  return app;
}
