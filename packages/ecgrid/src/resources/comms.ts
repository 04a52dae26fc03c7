import type { ApiCall, CallOptions } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { COMMS_INPUTS } from "../core/inputs/comms.js";
import { COMM, type Comm, listReader, recordReader } from "../core/models.js";
import { fromEnvelope, mapCall, recordOrFetch } from "../core/normalise.js";
import { type BodyOf, Resource } from "../core/resource.js";
import {
  commsCommPair,
  commsCreateComm,
  commsFindComm,
  commsGetComm,
  commsListComms,
  commsSetPair,
  commsUpdateComm,
  commsUpdateConfig,
} from "../generated/operations.js";

/** Comms: the communication channels (AS2, FTP, SFTP, …) that deliver a mailbox's EDI. */
export class Comms extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, COMMS_INPUTS);
  }

  /** Comm details by ID. */
  get(id: number, options?: CallOptions): ApiCall<Comm> {
    return mapCall(
      this.core.call(commsGetComm, { params: { path: { id } } }, options),
      recordReader<Comm>(commsGetComm.id, COMM),
    );
  }

  /** Creates a communication channel for a mailbox. */
  create(body: BodyOf<"commsCreateComm">, options?: CallOptions): ApiCall<Comm> {
    return mapCall(
      this.core.call(commsCreateComm, { body }, { ...options, secrets: [body?.httpPassword] }),
      recordReader<Comm>(commsCreateComm.id, COMM),
    );
  }

  /** Finds comms by identifier, optionally by channel type. */
  find(body: BodyOf<"commsFindComm">, options?: CallOptions): ApiCall<Comm[]> {
    return fromEnvelope(
      this.core.request(commsFindComm, { body }, options),
      listReader<Comm>(commsFindComm.id, COMM, ["comms"]),
    );
  }

  /** Comms filtered by type, use type and other criteria. */
  list(body: BodyOf<"commsListComms"> = {}, options?: CallOptions): ApiCall<Comm[]> {
    return fromEnvelope(
      this.core.request(commsListComms, { body }, options),
      listReader<Comm>(commsListComms.id, COMM, ["comms"]),
    );
  }

  /** The comms used to route EDI from one ECGrid ID to another. */
  pair(body: BodyOf<"commsCommPair">, options?: CallOptions) {
    return this.core.call(commsCommPair, { body }, options);
  }

  /** Sets the preferred comm pairing between two ECGrid IDs. */
  setPair(body: BodyOf<"commsSetPair">, options?: CallOptions) {
    return this.core.call(commsSetPair, { body }, options);
  }

  /** Updates a comm's identifier or status. */
  update(body: BodyOf<"commsUpdateComm">, options?: CallOptions): ApiCall<Comm> {
    return mapCall(
      this.core.call(commsUpdateComm, { body }, { ...options, secrets: [body?.httpPassword] }),
      (data) =>
        recordOrFetch(
          commsUpdateComm.id,
          data,
          recordReader<Comm>(commsUpdateComm.id, COMM),
          (id) => this.get(id, options),
          body?.commId,
        ),
    );
  }

  /** Updates a comm's extended configuration (connection, authentication, protocol options). */
  updateConfig(body: BodyOf<"commsUpdateConfig">, options?: CallOptions) {
    return this.core.call(commsUpdateConfig, { body }, options);
  }
}
