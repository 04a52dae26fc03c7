import type { CallOptions } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { CERTIFICATES_INPUTS } from "../core/inputs/certificates.js";
import { type BodyOf, Resource } from "../core/resource.js";
import {
  certificatesAddPrivate,
  certificatesAddPublic,
  certificatesCreateCertificate,
  certificatesRenewCertificate,
  certificatesTerminateCertificate,
} from "../generated/operations.js";

/** Certificates: the AS2 signing and encryption certificates of a communication channel. */
export class Certificates extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, CERTIFICATES_INPUTS);
  }

  /** Uploads a private certificate (Base64 in `cert`) to a comm. */
  addPrivate(body: BodyOf<"certificatesAddPrivate">, options?: CallOptions) {
    return this.core.call(certificatesAddPrivate, { body }, { ...options, secrets: [body?.password] });
  }

  /** Uploads a trading partner's public certificate (Base64 in `cert`) to a comm. */
  addPublic(body: BodyOf<"certificatesAddPublic">, options?: CallOptions) {
    return this.core.call(certificatesAddPublic, { body }, options);
  }

  /** Generates a new private certificate (key pair) for a comm on the ECGrid platform. */
  create(body: BodyOf<"certificatesCreateCertificate">, options?: CallOptions) {
    return this.core.call(certificatesCreateCertificate, { body }, options);
  }

  /** Renews a private certificate with a new key pair, keeping an overlap period. */
  renew(body: BodyOf<"certificatesRenewCertificate">, options?: CallOptions) {
    return this.core.call(certificatesRenewCertificate, { body }, options);
  }

  /** Permanently terminates a certificate of a comm. */
  terminate(body: BodyOf<"certificatesTerminateCertificate">, options?: CallOptions) {
    return this.core.call(certificatesTerminateCertificate, { body }, options);
  }
}
