import type { ApiCall, CallOptions } from "@edi-clients/runtime";
import { COMM, type Comm, listReader, recordReader } from "../core/models.js";
import { fromEnvelope, mapCall, recordOrFetch } from "../core/normalise.js";
import { type BodyOf, Resource } from "../core/resource.js";

/** Comms: the communication channels (AS2, FTP, SFTP, …) that deliver a mailbox's EDI. */
export class Comms extends Resource {
  /** Comm details by ID. */
  get(id: number, options?: CallOptions): ApiCall<Comm> {
    return mapCall(
      this.core.call(
        "commsGetComm",
        (init) => this.core.raw.GET("/v2/comms/{id}", { params: { path: { id } }, ...init }),
        options,
        { path: { id } },
      ),
      recordReader<Comm>("commsGetComm", COMM),
    );
  }

  /** Creates a communication channel for a mailbox. */
  create(body: BodyOf<"commsCreateComm">, options?: CallOptions): ApiCall<Comm> {
    return mapCall(
      this.core.call(
        "commsCreateComm",
        (init) => this.core.raw.POST("/v2/comms/create", { body, ...init }),
        // The HTTP/AS2 password of the comm travels in the body: a server echo must not carry it on.
        { ...options, secrets: [body?.httpPassword] },
        { body },
      ),
      recordReader<Comm>("commsCreateComm", COMM),
    );
  }

  /** Finds comms by identifier, optionally by channel type. */
  find(body: BodyOf<"commsFindComm">, options?: CallOptions): ApiCall<Comm[]> {
    return fromEnvelope(
      this.core.callEnvelope(
        "commsFindComm",
        (init) => this.core.raw.POST("/v2/comms/find", { body, ...init }),
        options,
        { body },
      ),
      listReader<Comm>("commsFindComm", COMM, ["comms"]),
    );
  }

  /** Comms filtered by type, use type and other criteria. */
  list(body: BodyOf<"commsListComms"> = {}, options?: CallOptions): ApiCall<Comm[]> {
    return fromEnvelope(
      this.core.callEnvelope(
        "commsListComms",
        (init) => this.core.raw.POST("/v2/comms/list", { body, ...init }),
        options,
        { body },
      ),
      listReader<Comm>("commsListComms", COMM, ["comms"]),
    );
  }

  /** The comms used to route EDI from one ECGrid ID to another. */
  pair(body: BodyOf<"commsCommPair">, options?: CallOptions) {
    return this.core.call(
      "commsCommPair",
      (init) => this.core.raw.POST("/v2/comms/pair", { body, ...init }),
      options,
      { body },
    );
  }

  /** Sets the preferred comm pairing between two ECGrid IDs. */
  setPair(body: BodyOf<"commsSetPair">, options?: CallOptions) {
    return this.core.call(
      "commsSetPair",
      (init) => this.core.raw.POST("/v2/comms/set-pair", { body, ...init }),
      options,
      { body },
    );
  }

  /** Updates a comm's identifier or status. */
  update(body: BodyOf<"commsUpdateComm">, options?: CallOptions): ApiCall<Comm> {
    return mapCall(
      this.core.call(
        "commsUpdateComm",
        (init) => this.core.raw.PUT("/v2/comms/update", { body, ...init }),
        { ...options, secrets: [body?.httpPassword] },
        { body },
      ),
      (data) =>
        recordOrFetch(
          "commsUpdateComm",
          data,
          recordReader<Comm>("commsUpdateComm", COMM),
          (id) => this.get(id, options),
          body?.commId,
        ),
    );
  }

  /** Updates a comm's extended configuration (connection, authentication, protocol options). */
  updateConfig(body: BodyOf<"commsUpdateConfig">, options?: CallOptions) {
    return this.core.call(
      "commsUpdateConfig",
      (init) => this.core.raw.PUT("/v2/comms/update-config", { body, ...init }),
      options,
      { body },
    );
  }
}
