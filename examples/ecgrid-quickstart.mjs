// ECGrid quick start: authenticate, read, paginate, handle typed errors.
// Run against the mock: `pnpm examples` (sets ECGRID_BASE_URL), or against production with ECGRID_API_KEY.
import { ECGrid, NotFoundError, ValidationError } from "@edi-clients/ecgrid";

const ecgrid = new ECGrid({
  apiKey: process.env.ECGRID_API_KEY ?? "demo-key",
  baseUrl: process.env.ECGRID_BASE_URL,
});

const me = await ecgrid.users.me();
console.log("signed in as", me.login ?? me.email ?? me.userId);

// One page: awaiting a list gives the page its body asks for.
const firstPage = await ecgrid.mailboxes.list({ pageNo: 1, recordsPerPage: 25 });
console.log("first page:", firstPage.mailboxes.length, "mailboxes");

// Pagination: the same method iterated is every page, item by item (100 a page), with a cap.
let count = 0;
for await (const mailbox of ecgrid.mailboxes.list({ recordsPerPage: 100 }, { limit: 500 })) {
  count++;
  if (count === 1) console.log("first mailbox:", mailbox.mailboxId, mailbox.companyName);
}
console.log("mailboxes:", count);

// Page by page, with the total the API reports.
for await (const page of ecgrid.networks.list().pages()) {
  console.log(`networks page ${page.pageIndex + 1}: ${page.items.length} of ${page.totalRecords}`);
}

// Typed errors carry status, traceId and the operation.
try {
  await ecgrid.parcels.get(1, { headers: process.env.ECGRID_BASE_URL ? { Prefer: "code=404" } : {} });
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(
    `${error.name}: status ${error.status}, traceId ${error.traceId}, operation ${error.operation}`,
  );
}

// Bad input fails before any request, naming the limit.
try {
  await ecgrid.parcels.inboxList({ recordsPerPage: 1000 });
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.log("rejected locally:", error.message);
}

// Raw response access.
const { response } = await ecgrid.statusLists.get().withResponse();
console.log("rate limit remaining:", response.headers.get("x-ratelimit-remaining"));
