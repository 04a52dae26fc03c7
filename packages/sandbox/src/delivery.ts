// Outbox progression on the sandbox clock (issue 11 item 2), with the statuses of
// appendix/parcel-status-codes.md ("Outbound parcel" lifecycle):
//
//   upload → outboxPending ─(deliveryDelayMs)→ outboxSent ─(receiver confirms)→ outboxAcknowledged
//                          └─(receiver's ECGrid ID inactive)→ outboxFailed
//
// A pending parcel is delivered once `deliveryDelayMs` (default 0) has passed on the sandbox clock:
// the receiver's inbox parcel (`InBoxReady`) is created then, and the `OutBox` and `InBox` callback
// events fire. A receiver whose ECGrid ID is not active (seed `status` "Suspended" or "Terminated")
// cannot take it: the outbox parcel becomes `outboxFailed`, `OutBoxError` fires to the sender's
// callbacks and `InBoxError` to the receiving mailbox's. The progression is evaluated at the start of
// every ECGrid request, right after an upload, and on a short real-time tick (src/index.ts), so a
// test clock moved forward takes effect on the next request.
import type { CallbackService } from "./ecgrid-callbacks.js";
import type { ParcelRecord, SandboxState } from "./state.js";

export const OUTBOX_PENDING = "outboxPending";
export const OUTBOX_SENT = "outboxSent";
export const OUTBOX_ACKNOWLEDGED = "outboxAcknowledged";
export const OUTBOX_FAILED = "outboxFailed";
export const INBOX_READY = "InBoxReady";

/** ECGrid ID statuses (spec `StatusECGridID`) that receive nothing. */
export const INACTIVE_ECGRID_ID = new Set(["Suspended", "Terminated"]);

export interface DeliveryOptions {
  /** Sandbox-clock time from an upload (`outboxPending`) to its delivery (`outboxSent`). Default 0. */
  deliveryDelayMs?: number;
}

export class OutboxDelivery {
  readonly #state: SandboxState;
  readonly #callbacks: CallbackService;
  readonly #now: () => number;
  readonly #iso: () => string;
  readonly delayMs: number;

  constructor(
    state: SandboxState,
    callbacks: CallbackService,
    now: () => number,
    iso: () => string,
    options: DeliveryOptions = {},
  ) {
    this.#state = state;
    this.#callbacks = callbacks;
    this.#now = now;
    this.#iso = iso;
    this.delayMs = options.deliveryDelayMs ?? 0;
  }

  /** When an outbox parcel made now is due. */
  dueAt(): number {
    return this.#now() + this.delayMs;
  }

  /** Delivers (or fails) every pending outbox parcel that is due. */
  advance(): void {
    const at = this.#now();
    const due = this.#state.data.parcels.filter(
      (p) => p.direction === "outbox" && p.status === OUTBOX_PENDING && (p.dueAt ?? 0) <= at,
    );
    if (due.length === 0) return;
    for (const outbox of due) this.#deliver(outbox);
    this.#state.save();
  }

  #deliver(outbox: ParcelRecord): void {
    const { seed } = this.#state;
    const to = seed.ecgridIds.find((i) => i.ecGridId === outbox.ecGridIdTo);
    const stamp = this.#iso();
    delete outbox.dueAt;
    outbox.modified = stamp;
    const receiving = to && seed.mailboxes.find((m) => m.mailboxId === to.mailboxId);
    if (!to || !receiving || INACTIVE_ECGRID_ID.has(to.status ?? "Active")) {
      outbox.status = OUTBOX_FAILED;
      this.#callbacks.fire("OutBoxError", {
        mailboxId: outbox.mailboxId,
        networkId: outbox.networkId,
        ecGridId: outbox.ecGridIdFrom,
        fileName: outbox.fileName,
        parcel: outbox,
      });
      if (receiving) {
        this.#callbacks.fire("InBoxError", {
          mailboxId: receiving.mailboxId,
          networkId: receiving.networkId,
          ecGridId: outbox.ecGridIdTo,
          fileName: outbox.fileName,
        });
      }
      return;
    }
    const inbox: ParcelRecord = {
      parcelId: this.#state.newParcelId(),
      direction: "inbox",
      mailboxId: receiving.mailboxId,
      networkId: receiving.networkId,
      fileName: outbox.fileName,
      bytes: outbox.bytes,
      status: INBOX_READY,
      ecGridIdFrom: outbox.ecGridIdFrom,
      ecGridIdTo: outbox.ecGridIdTo,
      created: stamp,
      modified: stamp,
      content: outbox.content,
      pairedParcelId: outbox.parcelId,
    };
    outbox.pairedParcelId = inbox.parcelId;
    outbox.status = OUTBOX_SENT;
    this.#state.data.parcels.push(inbox);
    this.#callbacks.fire("OutBox", {
      mailboxId: outbox.mailboxId,
      networkId: outbox.networkId,
      ecGridId: outbox.ecGridIdFrom,
      fileName: outbox.fileName,
      parcel: outbox,
    });
    this.#callbacks.fire("InBox", {
      mailboxId: inbox.mailboxId,
      networkId: inbox.networkId,
      ecGridId: inbox.ecGridIdTo,
      fileName: inbox.fileName,
      parcel: inbox,
    });
  }
}
