// What doctor calls is data: every entry is checked here against the spec (its method and path
// really are that operation) and against the clients' generated OPERATIONS tables, and against a list of
// operations known to change state although the table calls them idempotent (downloads, confirm,
// updates, mark read/unread, stop/resume): doctor must never call any of them.
import { OPERATIONS as AS2_OPERATIONS } from "@edi-clients/as2-gateway";
import { OPERATIONS as ECGRID_OPERATIONS } from "@edi-clients/ecgrid";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../../scripts/spec-operations.mjs";
import { AS2_DOCTOR_STEPS } from "../src/doctor/as2-plan.js";
import { ECGRID_DOCTOR_STEPS } from "../src/doctor/ecgrid-plan.js";
import type { DoctorStep } from "../src/doctor/engine.js";
import { VALIDATION } from "../src/doctor/validators.js";
import { idempotencyTable } from "../src/operations.js";

/** operationId → "METHOD /path/template", from the spec. */
export function specOperations(name: string): Map<string, string> {
  const { spec } = loadSpec(name);
  const byId = new Map<string, string>();
  for (const [path, item] of Object.entries(
    spec.paths as Record<string, Record<string, { operationId?: string }>>,
  ))
    for (const [method, op] of Object.entries(item))
      if (op?.operationId) byId.set(op.operationId, `${method.toUpperCase()} ${path}`);
  return byId;
}

/**
 * ECGrid operations the evidence shows to be reads (specs/ecgrid/NOTES.md "For doctor": the live
 * MCP server's read-only tools), plus the plain lists whose ECGridOS counterparts only read.
 */
const ECGRID_READS = new Set([
  "callbacksEventList",
  "callbacksQueueList",
  "callbacksGetEventById",
  "callbacksGetQueueById",
  "commsListComms",
  "commsFindComm",
  "idsListIds",
  "idsFindId",
  "idsGetId",
  "partnersListPartners",
  "partnersGetPartner",
  "carbonCopiesListCarbonCopies",
  "carbonCopiesGetCarbonCopy",
  "usersListUsers",
  "usersGetByName",
  "usersGetUser",
  "usersGetMe",
  "mailboxesGetMailbox",
  "mailboxesListMailboxes",
  "networksGetNetwork",
  "parcelsGetParcel",
  "interchangesGetInterchange",
  "statusListsGetStatusLists",
  "authVersion",
  // plain lists (ECGridOS NetworkList, ParcelInBox/OutBox, InterchangeInBox/OutBox, report list)
  "networksListNetworks",
  "parcelsInboxList",
  "parcelsOutboxList",
  "interchangesInboxList",
  "interchangesOutboxList",
  "reportsReportList",
]);

/** "idempotent" in the tables, yet they change something: never in a doctor plan. */
const STATE_CHANGING = [
  "parcelsDownloadParcel", // ParcelDownload vs ParcelDownloadNoUpdate: the plain one updates the parcel
  "parcelsConfirmDownload",
  "parcelsResetToInbox",
  "parcelsUpdateParcel",
  "parcelsSendTestFile",
  "callbacksTestCallback",
  "usersGeneratePassword",
  "usersGetApiKey", // reads a secret
  "markReceivedMessageUnread",
  "stopQueuedMessageRetry",
  "resumeQueuedMessageRetry",
  "downloadFirstReceivedAttachment",
  "downloadReceivedAttachmentByIndex",
  "downloadAllReceivedAttachments",
  "downloadReceivedAttachmentsBatch",
  "downloadReceivedMdn",
  "authorize",
];

const AS2_IDEMPOTENCY = idempotencyTable(AS2_OPERATIONS);
const ECGRID_IDEMPOTENCY = idempotencyTable(ECGRID_OPERATIONS);

function checkPlan(
  steps: readonly DoctorStep[],
  spec: Map<string, string>,
  table: Readonly<Record<string, string>>,
): void {
  expect(steps.length).toBeGreaterThan(0);
  expect(new Set(steps.map((s) => s.operation)).size).toBe(steps.length);
  for (const step of steps) {
    // The entry's method and path are the operation it names: the idempotency check is about what is sent.
    expect(`${step.method} ${step.path}`, step.operation).toBe(spec.get(step.operation));
    expect(table[step.operation], step.operation).toBe("idempotent");
    expect(STATE_CHANGING, step.operation).not.toContain(step.operation);
    expect(step.readOnly, step.operation).not.toBe("");
  }
}

describe("doctor plans", () => {
  it("ECGrid: every call is the operation it names, idempotent in the table and a known read", () => {
    checkPlan(ECGRID_DOCTOR_STEPS, specOperations("ecgrid"), ECGRID_IDEMPOTENCY);
    for (const step of ECGRID_DOCTOR_STEPS) expect(ECGRID_READS, step.operation).toContain(step.operation);
    // The minimum: version, who-am-I, a parcel detail that is not the download.
    const names = ECGRID_DOCTOR_STEPS.map((s) => s.operation);
    expect(names).toEqual(
      expect.arrayContaining(["authVersion", "usersGetMe", "parcelsInboxList", "parcelsGetParcel"]),
    );
  });

  it("AS2 Gateway: every call is the GET it names, idempotent in the table; nothing is marked read", () => {
    checkPlan(AS2_DOCTOR_STEPS, specOperations("as2-gateway"), AS2_IDEMPOTENCY);
    for (const step of AS2_DOCTOR_STEPS) {
      expect(step.method).toBe("GET");
      expect(step.operation).toMatch(/^(list|get)[A-Z]/);
      // Every request the step can make (with and without IDs from earlier lists).
      for (const context of [{}, { received: "<r@x>", sent: "<s@x>", failed: "<f@x>", queued: "<q@x>" }]) {
        const request = step.request?.(context) ?? {};
        if ("skip" in request) continue;
        expect(request.body).toBeUndefined();
        expect(request.query?.markAsRead ?? false).toBe(false);
      }
    }
    const detail = AS2_DOCTOR_STEPS.find((s) => s.operation === "getReceivedMessage");
    expect(detail?.request?.({ received: "<r@x>" })).toEqual({
      path: { as2MessageId: "<r@x>" },
      query: { markAsRead: false },
    });
  });

  it("every call has a response schema to check its answer against", () => {
    for (const step of ECGRID_DOCTOR_STEPS)
      expect(VALIDATION.ecgrid.validatedOperations).toContain(step.operation);
    for (const step of AS2_DOCTOR_STEPS) expect(VALIDATION.as2.validatedOperations).toContain(step.operation);
  });

  it("the idempotency tables know every operation of the specs (so the check above means something)", () => {
    expect(Object.keys(ECGRID_IDEMPOTENCY).sort()).toEqual([...specOperations("ecgrid").keys()].sort());
    expect(Object.keys(AS2_IDEMPOTENCY).sort()).toEqual([...specOperations("as2-gateway").keys()].sort());
    // Derived from the generated table (x-idempotent): a send or delete is never retried blindly.
    for (const id of ["sendMessage", "deleteMessage", "deleteMessages"])
      expect(AS2_IDEMPOTENCY[id], id).toBe("non-idempotent");
    for (const id of ["parcelsUploadParcel", "parcelsSendTestFile", "interchangesResendInterchange"])
      expect(ECGRID_IDEMPOTENCY[id], id).toBe("non-idempotent");
  });
});
