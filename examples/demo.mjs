// The README's main command ends here: start the sandbox (a local, stateful ECGrid + AS2 Gateway) in
// this process, walk a real EDI flow through the published clients step by step, close everything and
// exit (1 when any step fails). Nothing leaves the machine.
//
//   ECGrid:  ACME uploads an X12 850 addressed (ISA ZZ:ACME → ZZ:GLOBEX) to Globex; the sandbox routes it
//            to Globex's inbox and POSTs the InBox callback to a local webhook handler; Globex downloads
//            the same bytes and confirms, and the parcel leaves the inbox-ready list.
//   AS2:     a send to a partner → sent with an MDN; a send to an own station → received, downloaded,
//            marked read.
import { createServer } from "node:http";
import { As2Gateway } from "@edi-clients/as2-gateway";
import { ECGrid } from "@edi-clients/ecgrid";
import { createNodeWebhookHandler } from "@edi-clients/ecgrid/node";
import { DEFAULT_AS2_SEED, DEFAULT_SEED, startSandbox } from "@edi-clients/sandbox";

const [ACME, GLOBEX] = DEFAULT_SEED.users; // API keys acting for mailboxes 1001 and 1002
const HOOK = { username: "demo-hook", password: "demo-hook-secret" };
const SEND_DELAY_MS = 1_000; // sandbox-clock time from an accepted AS2 send to its first attempt

let stepNo = 0;
/** Runs one step: prints its number and title, then the detail lines it returns. */
async function step(title, run) {
  stepNo++;
  console.log(`\n${String(stepNo).padStart(2)}. ${title}`);
  for (const line of (await run()) ?? []) console.log(`    ${line}`);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const sameBytes = (a, b) => a.length === b.length && a.every((byte, i) => byte === b[i]);

async function until(probe, what, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A small X12 850 purchase order from ACME (ZZ:ACME) to Globex (ZZ:GLOBEX), 004010. */
function purchaseOrder(poNumber, control, when = new Date()) {
  const date = when.toISOString().slice(0, 10).replaceAll("-", ""); // CCYYMMDD
  const time = when.toISOString().slice(11, 16).replace(":", ""); // HHMM
  const isa = [
    "ISA",
    "00",
    "".padEnd(10),
    "00",
    "".padEnd(10),
    "ZZ",
    "ACME".padEnd(15),
    "ZZ",
    "GLOBEX".padEnd(15),
    date.slice(2),
    time,
    "U",
    "00401",
    control,
    "0",
    "T",
    ">",
  ];
  const transaction = [
    ["ST", "850", "0001"],
    ["BEG", "00", "SA", poNumber, "", date],
    ["REF", "DP", "038"],
    ["DTM", "002", date],
    ["N1", "ST", "Globex DC Rotterdam", "92", "DC-0012"],
    ["PO1", "1", "24", "EA", "9.95", "PE", "VP", "WIDGET-RED"],
    ["PO1", "2", "12", "EA", "14.50", "PE", "VP", "GADGET-BLUE"],
    ["CTT", "2"],
  ];
  transaction.push(["SE", String(transaction.length + 1), "0001"]);
  const segments = [
    isa,
    ["GS", "PO", "ACME", "GLOBEX", date, time, "1", "X", "004010"],
    ...transaction,
    ["GE", "1", "1"],
    ["IEA", "1", control],
  ];
  return `${segments.map((s) => s.join("*")).join("~\n")}~\n`;
}

const open = []; // closed in reverse order at the end, whatever happened
let clockOffset = 0;
try {
  const sandbox = await startSandbox({
    clock: () => Date.now() + clockOffset, // the demo moves it forward instead of sleeping
    as2: { sendDelayMs: SEND_DELAY_MS },
    callbacks: { retryDelayMs: 100 },
  });
  open.push(() => sandbox.close());
  console.log(`Sandbox: ECGrid on ${sandbox.ecgridUrl}, AS2 Gateway on ${sandbox.as2Url}`);

  const acme = new ECGrid({ apiKey: ACME.apiKey, baseUrl: sandbox.ecgridUrl });
  const globex = new ECGrid({ apiKey: GLOBEX.apiKey, baseUrl: sandbox.ecgridUrl });
  open.push(
    () => acme.close(),
    () => globex.close(),
  );

  console.log("\n== ECGrid: an X12 850 from ACME's mailbox to Globex's ==");

  const events = [];
  let hookUrl;
  await step(
    "Globex's webhook receiver listens (node:http + createNodeWebhookHandler, HTTP Basic)",
    async () => {
      const handler = createNodeWebhookHandler({
        auth: { type: "basic", ...HOOK },
        onEvent: (event) => {
          events.push(event);
        },
        onRejected: (rejection) => console.error(`    webhook refused a delivery: ${rejection.message}`),
      });
      const server = createServer(handler);
      await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
      open.push(async () => {
        await handler.idle();
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      });
      // https:// as the spec requires; the sandbox delivers to loopback over plain HTTP (no certificate).
      hookUrl = `https://127.0.0.1:${server.address().port}/hooks/ecgrid`;
      return [`url ${hookUrl}`];
    },
  );

  let callback;
  await step(
    "globex.callbacks.create({ url, event: 'Parcel', direction: 'InBox', httpAuthType: 'Basic' })",
    async () => {
      callback = await globex.callbacks.create({
        url: hookUrl,
        event: "Parcel",
        direction: "InBox",
        httpAuthType: "Basic",
        ...HOOK,
      });
      check(callback.callbackId, "callbacks.create returned no callbackId");
      return [`callbackId ${callback.callbackId}, mailbox ${callback.mailboxId}, status ${callback.status}`];
    },
  );

  const po = purchaseOrder("PO-4500012345", "000004711");
  const poBytes = new TextEncoder().encode(po);
  let outboxId;
  await step("acme.parcels.upload({ fileName, content }): routed by the ISA envelope", async () => {
    outboxId = await acme.parcels.upload({ fileName: "PO-4500012345.x12", content: po });
    check(Number.isInteger(outboxId), `upload returned ${outboxId}`);
    const segments = po.trim().split("~\n");
    return [
      `${segments.length} segments, ${poBytes.length} bytes: ${segments.map((s) => s.split("*")[0]).join(" ")}`,
      "ISA05/06 ZZ:ACME (mailbox 1001) → ISA07/08 ZZ:GLOBEX (mailbox 1002)",
      `ACME's outbox parcel ${outboxId}: ${(await acme.parcels.get(outboxId)).status}`,
    ];
  });

  let parcel;
  await step("globex.parcels.pendingInboxList(): the parcel is in Globex's inbox", async () => {
    const pending = await globex.parcels.pendingInboxList();
    parcel = pending.find((p) => p.fileName === "PO-4500012345.x12");
    check(parcel, `not in Globex's pending inbox (${pending.length} parcels there)`);
    check(parcel.status === "InBoxReady", `status ${parcel.status}, expected InBoxReady`);
    const ready = await globex.parcels.inboxList({ status: "InBoxReady" });
    check(
      ready.some((p) => p.parcelId === parcel.parcelId),
      "not in inbox-list status InBoxReady",
    );
    return [`parcel ${parcel.parcelId} ${parcel.fileName}: ${parcel.bytes} bytes, ${parcel.status}`];
  });

  await step("the InBox callback arrived at the webhook handler", async () => {
    const event = await until(
      async () => events.find((e) => e.event === "InBox" && e.parcelId === parcel.parcelId),
      "the InBox callback",
    );
    check(event.callbackId === callback.callbackId, `callbackId ${event.callbackId}`);
    return [
      `event ${event.event} #${event.eventId}: parcel ${event.parcelId} ${event.fileName}, ${event.status}, mailbox ${event.mailboxId}`,
      "the handler accepted the Basic credential registered with the callback and answered 200",
    ];
  });

  await step("globex.interchanges.inboxList(): derived from the ISA/IEA and GS/GE envelopes", async () => {
    const { interchanges } = await globex.interchanges.inboxList();
    const interchange = interchanges.find((x) => x.parcelId === parcel.parcelId);
    check(interchange, "no interchange for the parcel");
    check(interchange.interchangeControlId === "000004711", `ISA13 ${interchange.interchangeControlId}`);
    return [
      `interchange ${interchange.interchangeId}: ISA13 ${interchange.interchangeControlId}, ${interchange.sender} → ${interchange.receiver}, ${interchange.documentType}, ${interchange.groupCount} group, ${interchange.transactionCount} transaction set`,
    ];
  });

  await step("globex.parcels.download(parcelId): the same bytes", async () => {
    const file = await globex.parcels.download(parcel.parcelId);
    check(sameBytes(file.bytes, poBytes), "the downloaded bytes differ from the uploaded ones");
    const beg = file
      .text()
      .split("~\n")
      .find((s) => s.startsWith("BEG*"));
    return [`${file.fileName}: ${file.bytes.length} bytes, identical to the upload; ${beg}`];
  });

  await step("globex.parcels.confirm(parcelId): gone from the inbox-ready list", async () => {
    check((await globex.parcels.confirm(parcel.parcelId)) === true, "confirm did not answer true");
    const pending = await globex.parcels.pendingInboxList();
    const ready = await globex.parcels.inboxList({ status: "InBoxReady" });
    check(!pending.some((p) => p.parcelId === parcel.parcelId), "still in the pending inbox");
    check(!ready.some((p) => p.parcelId === parcel.parcelId), "still in inbox-list InBoxReady");
    const after = await globex.parcels.get(parcel.parcelId);
    check(after.status === "InBoxTransferred", `status ${after.status}, expected InBoxTransferred`);
    return [
      `parcel ${parcel.parcelId}: ${after.status}; pending inbox ${pending.length}, inbox-ready ${ready.length}`,
    ];
  });

  await step("acme.parcels.get(outboxId): the sender sees the delivery confirmed", async () => {
    const sent = await acme.parcels.get(outboxId);
    check(sent.status === "outboxAcknowledged", `status ${sent.status}, expected outboxAcknowledged`);
    return [`ACME's outbox parcel ${outboxId}: ${sent.status}`];
  });

  await step("globex.callbacks.queueList(): the delivery as ECGrid recorded it", async () => {
    const queue = await globex.callbacks.queueList({ networkId: 42, mailboxId: GLOBEX.mailboxId });
    const entry = queue.queueEntries.find((e) => e.callbackId === callback.callbackId);
    check(entry?.status === "Completed", `queue entry ${entry?.status ?? "missing"}, expected Completed`);
    return [
      `queue entry ${entry.callbackQueueId}: ${entry.status}, ${entry.attempts} attempt, HTTP ${entry.lastHttpStatus}`,
    ];
  });

  console.log("\n== AS2 Gateway: send with an MDN, receive on an own station ==");
  const { username, password } = DEFAULT_AS2_SEED;
  const as2 = new As2Gateway({ baseUrl: sandbox.as2Url, credentials: { username, password } });
  open.push(() => as2.close());
  const rehearsal = purchaseOrder("PO-4500012346", "000004712"); // the same kind of file, to the test station

  let sentId;
  await step(
    "as2.messages.send({ stationId: 'ACME_EDI_PROD', partnerId: 'GLOBEX_AS2', file }) (signs in first)",
    async () => {
      const sent = await as2.messages.send({
        stationId: "ACME_EDI_PROD",
        partnerId: "GLOBEX_AS2",
        file: { name: "PO-4500012345.x12", content: po },
      });
      sentId = sent.as2MessageId;
      check(sentId, "no message ID in the Link header");
      const queued = await as2.queued.get(sentId);
      return [`${sentId}: queued, MDN ${queued.mdnStatus}`, `Link: ${sent.link}`];
    },
  );

  await step(
    `sandbox clock +${SEND_DELAY_MS} ms; as2.messages.waitForSent(id): sent, MDN received`,
    async () => {
      clockOffset += SEND_DELAY_MS;
      const message = await as2.messages.waitForSent(sentId, { initialDelayMs: 0, timeoutMs: 5_000 });
      check(message.mdnStatus === "Received", `MDN ${message.mdnStatus}`);
      const mdn = await as2.sent.mdn(sentId);
      const disposition = mdn
        .text()
        .split(/\r?\n/)
        .find((line) => line.startsWith("Disposition:"));
      check(disposition?.includes("processed"), `MDN disposition ${disposition}`);
      const files = (message.attachments ?? []).map((a) => `${a.name} (${a.size} bytes)`);
      return [
        `${message.senderId} → ${message.receiverId}, subject "${message.subject}", ${files.join(", ")}`,
        `MDN ${mdn.name}, ${mdn.bytes.length} bytes: ${disposition}`,
      ];
    },
  );

  let ownId;
  await step(
    "as2.messages.send({ stationId: 'ACME_EDI_PROD', partnerId: 'ACME_EDI_TEST', file }): to an own station",
    async () => {
      const sent = await as2.messages.send({
        stationId: "ACME_EDI_PROD",
        partnerId: "ACME_EDI_TEST",
        file: { name: "PO-4500012346.x12", content: rehearsal },
      });
      ownId = sent.as2MessageId;
      clockOffset += SEND_DELAY_MS;
      const message = await as2.messages.waitForSent(ownId, { initialDelayMs: 0, timeoutMs: 5_000 });
      return [`${ownId}: sent, MDN ${message.mdnStatus} (sandbox clock +${SEND_DELAY_MS} ms)`];
    },
  );

  let received;
  await step("as2.received.list({ unreadOnly: true }): it landed in received", async () => {
    const unread = await as2.received.list({ unreadOnly: true });
    received = unread.records.find((m) => m.attachments?.some((a) => a.name === "PO-4500012346.x12"));
    check(received, `not among the ${unread.totalRecords} unread received messages`);
    return [
      `${received.as2MessageId}: ${received.senderId} → ${received.receiverId}, ${received.attachments.map((a) => `${a.name} (${a.size} bytes)`).join(", ")}`,
    ];
  });

  await step("as2.received.attachment(id, 0, { markAsRead: true }): the same bytes, now read", async () => {
    const file = await as2.received.attachment(received.as2MessageId, 0, { markAsRead: true });
    check(file.text() === rehearsal, "the received attachment differs from the sent file");
    const unread = await as2.received.list({ unreadOnly: true });
    check(
      !unread.records.some((m) => m.as2MessageId === received.as2MessageId),
      "still unread after markAsRead",
    );
    return [
      `${file.name}: ${file.bytes.length} bytes, identical; unread received messages now ${unread.totalRecords}`,
    ];
  });

  console.log(`\nDemo complete: ${stepNo} steps against the sandbox.`);
} catch (error) {
  console.error(`\n✗ ${stepNo === 0 ? "start" : `step ${stepNo}`} failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  for (const close of open.reverse()) {
    try {
      await close();
    } catch (error) {
      console.error(`closing: ${error?.message ?? error}`);
      process.exitCode = 1;
    }
  }
}
