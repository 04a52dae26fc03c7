import type { CallOptions } from "@edi-clients/runtime";
import { type BodyOf, Resource } from "../core/resource.js";

/** Certificates: the AS2 signing and encryption certificates of a communication channel. */
export class Certificates extends Resource {
  /** Uploads a private certificate (Base64 in `cert`) to a comm. */
  addPrivate(body: BodyOf<"certificatesAddPrivate">, options?: CallOptions) {
    return this.core.call(
      "certificatesAddPrivate",
      (init) => this.core.raw.POST("/v2/certificates/add-private", { body, ...init }),
      { ...options, secrets: [body?.password] },
      { body },
    );
  }

  /** Uploads a trading partner's public certificate (Base64 in `cert`) to a comm. */
  addPublic(body: BodyOf<"certificatesAddPublic">, options?: CallOptions) {
    return this.core.call(
      "certificatesAddPublic",
      (init) => this.core.raw.POST("/v2/certificates/add-public", { body, ...init }),
      options,
      { body },
    );
  }

  /** Generates a new private certificate (key pair) for a comm on the ECGrid platform. */
  create(body: BodyOf<"certificatesCreateCertificate">, options?: CallOptions) {
    return this.core.call(
      "certificatesCreateCertificate",
      (init) => this.core.raw.POST("/v2/certificates/create", { body, ...init }),
      options,
      { body },
    );
  }

  /** Renews a private certificate with a new key pair, keeping an overlap period. */
  renew(body: BodyOf<"certificatesRenewCertificate">, options?: CallOptions) {
    return this.core.call(
      "certificatesRenewCertificate",
      (init) => this.core.raw.POST("/v2/certificates/renew", { body, ...init }),
      options,
      { body },
    );
  }

  /** Permanently terminates a certificate of a comm. */
  terminate(body: BodyOf<"certificatesTerminateCertificate">, options?: CallOptions) {
    return this.core.call(
      "certificatesTerminateCertificate",
      (init) => this.core.raw.POST("/v2/certificates/terminate", { body, ...init }),
      options,
      { body },
    );
  }
}
