// @edi-clients/runtime/public, pinned: exactly what the clients re-export to their users (values and
// types). A name added here reaches every user of both clients: do it on purpose, with a changeset.
import { pinPublicExports, RUNTIME_PUBLIC_EXPORTS } from "@edi-clients/test-helpers/public-exports";
import { describe } from "vitest";

describe("@edi-clients/runtime/public exports", () => {
  pinPublicExports({ entry: "src/public.ts", expected: RUNTIME_PUBLIC_EXPORTS });
});
