// AS2 Gateway: sign in, send a file, follow it to "sent", read the inbox, download an attachment,
// process the inbox (exit code 1 when a message could not be processed).
// Run against the mock: `pnpm examples` (sets AS2G_BASE_URL), or for real with AS2G_USERNAME/AS2G_PASSWORD.
import { As2Gateway, NotFoundError, ValidationError } from "@edi-clients/as2-gateway";

const as2 = new As2Gateway({
  credentials: {
    username: process.env.AS2G_USERNAME ?? "integrations@example.com",
    password: process.env.AS2G_PASSWORD ?? "demo-password",
  },
  baseUrl: process.env.AS2G_BASE_URL,
});

try {
  // Send one file: the Name header and the MIME type (from the extension) are set for you.
  const sent = await as2.messages.send({
    stationId: "ACME_EDI_PROD",
    partnerId: "GLOBEX_AS2",
    file: { name: "PO_4500012345.edi", content: "ISA*00*          *00*          *ZZ*ACME~" },
  });
  console.log("queued as", sent.as2MessageId, `(${sent.message})`);

  // Follow it: queued → sent (or a MessageFailedError / WaitForSentTimeoutError).
  const delivered = await as2.messages.waitForSent(sent.as2MessageId, {
    initialDelayMs: 0,
    timeoutMs: 30_000,
  });
  console.log("sent; MDN status:", delivered.mdnStatus, "delivery:", delivered.deliveryStatus ?? "n/a");

  // Unread received messages, page after page; IDs with <, > and @ travel safely in paths.
  for await (const message of as2.received.list({ unreadOnly: true }, { limit: 5 })) {
    const full = await as2.received.get(message.as2MessageId);
    const file = await as2.received.attachment(full.as2MessageId, 0);
    console.log(`received ${full.as2MessageId}: ${file.name} (${file.bytes.length} bytes)`);
  }

  // At-least-once processing: the attachments come in one batch download (a zip), and each
  // message is marked read only after the handler resolved. What failed stays unread.
  const { succeeded, failed } = await as2.messages.processReceived(async ({ message, attachments }) => {
    console.log(`processed ${message.as2MessageId}: ${attachments.map((f) => f.name).join(", ")}`);
  });
  console.log(`${succeeded.length} processed and marked read, ${failed.length} left unread`);
  for (const { as2MessageId, error } of failed) console.error(`not processed ${as2MessageId}:`, error);
  if (failed.length > 0) process.exitCode = 1;

  const partners = await as2.partners.list();
  const stations = await as2.stations.list();
  console.log(`${partners.length} partners, ${stations.length} stations`);

  // Limits are checked before any request, with the limit in the message.
  try {
    await as2.messages.send({
      stationId: "ACME_EDI_PROD",
      partnerId: "GLOBEX_AS2",
      files: Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.edi`, content: "x" })),
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    console.log("rejected locally:", error.message);
  }

  // Typed errors carry the status and the operation.
  try {
    await as2.sent.get("<missing@as2gateway.com>", {
      headers: process.env.AS2G_BASE_URL ? { Prefer: "code=404" } : {},
    });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    console.log(`${error.name}: ${error.status} in ${error.operation}`);
  }
} finally {
  await as2.close();
}
