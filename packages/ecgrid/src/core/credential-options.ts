// The credential options of an ECGrid client, checked when it is created.
import { checkFields, optional as opt, string, ValidationError } from "@edi-clients/runtime";
import type { ECGridCredentials } from "./auth.js";

const NON_BLANK = { type: "string", nonBlank: true } as const;

/** The credential fields of ECGridOptions. */
interface CredentialOptions {
  apiKey?: string | undefined;
  credentials?: ECGridCredentials | undefined;
  tokenProvider?: unknown;
}

/** The credential options, checked when the client is created (an empty key is a ValidationError). */
export function checkCredentialOptions(options: CredentialOptions): void {
  checkFields(options, { apiKey: opt(NON_BLANK) }, "ECGrid", "options");
  if (options.credentials !== undefined) {
    checkFields(options.credentials, { login: NON_BLANK, password: string(1) }, "ECGrid", "credentials");
  }
  const provider: unknown = options.tokenProvider;
  if (provider !== undefined && typeof (provider as { obtain?: unknown } | null)?.obtain !== "function") {
    throw new ValidationError("ECGrid: tokenProvider must be an object with an obtain(signal) method");
  }
}
