import type { CallOptions } from "@edi-clients/runtime";
import { type PagedListOptions, paginateList } from "../core/pagination.js";
import { type BodyOf, type FiltersOf, Resource } from "../core/resource.js";

/** Callbacks: webhooks ECGrid calls when an event occurs, with their events and delivery queue. */
export class Callbacks extends Resource {
  /** Registers a webhook for an event. */
  create(body: BodyOf<"callbacksCreateCallback">, options?: CallOptions) {
    return this.core.call(
      "callbacksCreateCallback",
      (init) => this.core.raw.POST("/v2/callbacks/create", { body, ...init }),
      { ...options, secrets: [body?.password] },
      { body },
    );
  }

  /** Changes a callback's URL, event, status or authentication. */
  update(body: BodyOf<"callbacksUpdateCallback">, options?: CallOptions) {
    return this.core.call(
      "callbacksUpdateCallback",
      (init) => this.core.raw.POST("/v2/callbacks/update", { body, ...init }),
      { ...options, secrets: [body?.password] },
      { body },
    );
  }

  /** Removes a callback and stops its deliveries. */
  delete(body: BodyOf<"callbacksDeleteCallback">, options?: CallOptions) {
    return this.core.call(
      "callbacksDeleteCallback",
      (init) => this.core.raw.DELETE("/v2/callbacks", { body, ...init }),
      options,
      { body },
    );
  }

  /** Sends a test POST to a callback's endpoint and returns its answer. */
  test(body: BodyOf<"callbacksTestCallback">, options?: CallOptions) {
    return this.core.call(
      "callbacksTestCallback",
      (init) => this.core.raw.POST("/v2/callbacks/test", { body, ...init }),
      options,
      { body },
    );
  }

  /** One page of callback events. */
  eventList(body: BodyOf<"callbacksEventList"> = {}, options?: CallOptions) {
    return this.core.call(
      "callbacksEventList",
      (init) => this.core.raw.POST("/v2/callbacks/event-list", { body, ...init }),
      options,
      { body },
    );
  }

  /** Every callback event matching the filters, page after page: `for await (const e of …)`. */
  eventsAll(filters: FiltersOf<"callbacksEventList"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "callbacksEventList",
      filters,
      (body, init) => this.core.raw.POST("/v2/callbacks/event-list", { body, ...init }),
      { items: (data) => data.events, totalRecords: (envelope) => envelope.data?.totalRecords },
      options,
    );
  }

  /** A callback event with its payload, delivery status and attempts. */
  getEvent(body: BodyOf<"callbacksGetEventById">, options?: CallOptions) {
    return this.core.call(
      "callbacksGetEventById",
      (init) => this.core.raw.POST("/v2/callbacks/get-event-by-id", { body, ...init }),
      options,
      { body },
    );
  }

  /** One page of callback delivery queue entries. */
  queueList(body: BodyOf<"callbacksQueueList"> = {}, options?: CallOptions) {
    return this.core.call(
      "callbacksQueueList",
      (init) => this.core.raw.POST("/v2/callbacks/queue-list", { body, ...init }),
      options,
      { body },
    );
  }

  /** Every queue entry matching the filters, page after page. */
  queueAll(filters: FiltersOf<"callbacksQueueList"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "callbacksQueueList",
      filters,
      (body, init) => this.core.raw.POST("/v2/callbacks/queue-list", { body, ...init }),
      { items: (data) => data.queueEntries, totalRecords: (envelope) => envelope.data?.totalRecords },
      options,
    );
  }

  /** The delivery queue entry of a callback. */
  getQueueEntry(callbackId: number, options?: CallOptions) {
    return this.core.call(
      "callbacksGetQueueById",
      (init) =>
        this.core.raw.GET("/v2/callbacks/get-queue-by-id", { params: { query: { callbackId } }, ...init }),
      options,
      { query: { callbackId } },
    );
  }
}
