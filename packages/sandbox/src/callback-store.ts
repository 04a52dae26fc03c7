// The callback registrations and deliveries as the sandbox state keeps them (src/state.ts persists,
// src/ecgrid-callbacks.ts works on them): plain data types in a module of their own, so the two
// need not import each other.

/** The guide's five callback events. */
export type CallbackEventName = "InBox" | "OutBox" | "InBoxError" | "OutBoxError" | "ConfirmDelivery";

export interface CallbackRegistration {
  callbackId: number;
  url: string;
  event: string;
  mailboxId: number;
  networkId: number;
  httpAuthType: string;
  username?: string;
  password?: string;
  direction?: string;
  maxRetries: number;
  status: string;
  created: string;
  modified: string;
}

export interface CallbackDelivery {
  /** The callback event's and the queue entry's ID (`eventId`, `callBackQueueId` of the payload). */
  id: number;
  callbackId: number;
  callBackEvent: CallbackEventName;
  mailboxId: number;
  networkId: number;
  objectId?: number;
  /** The JSON body POSTed. */
  payload: string;
  /** `Pending` while attempts remain, then `Completed` (2xx) or `Error`. */
  status: "Pending" | "Completed" | "Error";
  attempts: number;
  created: string;
  lastAttempt?: string;
  delivered?: string;
  lastHttpStatus?: number;
  responseBody?: string;
  test: boolean;
}

export interface CallbackStore {
  nextCallbackId: number;
  nextDeliveryId: number;
  registrations: CallbackRegistration[];
  deliveries: CallbackDelivery[];
}
