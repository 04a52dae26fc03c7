// The operation-table generator (scripts/generate-operations.mjs) on small specs of its own: what it
// writes for an operation and a paged list, and the specs it refuses (an operation without
// x-idempotent, paging that names no field, a size field without a maximum). The clients' own
// tables are checked against their specs by `pnpm check:generated`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderOperations } from "../../../scripts/generate-operations.mjs";

const dir = mkdtempSync(join(tmpdir(), "edi-operations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function spec(operations: string, components = ""): string {
  return `openapi: 3.1.0
info: { title: t, version: "1" }
paths:
${operations}
components:
  schemas:
    ListRequest:
      type: object
      properties:
        pageNo: { type: integer, minimum: 1 }
        recordsPerPage: { type: integer, minimum: 1, maximum: 200 }
${components}`;
}

const GET = `  /things/{id}:
    get:
      operationId: getThing
      summary: One thing
      x-idempotent: true
      responses: { "200": { description: ok } }
`;
const LIST = (pagination: string) => `  /things/list:
    post:
      operationId: listThings
      x-idempotent: true
      x-pagination: ${pagination}
      requestBody:
        content:
          application/json:
            schema: { allOf: [{ $ref: "#/components/schemas/ListRequest" }] }
      responses: { "200": { description: ok } }
`;

let n = 0;
async function render(text: string): Promise<string> {
  const file = `spec-${n++}.yaml`;
  writeFileSync(join(dir, file), text);
  return renderOperations({ name: "t", spec: file, out: "unused" }, dir);
}

describe("generate-operations", () => {
  it("writes one descriptor constant per operation, with paging limits read from the size field", async () => {
    const out = await render(
      spec(GET + LIST("{ in: body, page: pageNo, size: recordsPerPage, firstPage: 1 }")),
    );
    expect(out).toContain("/** One thing */");
    expect(out).toContain(
      'export const getThing = { id: "getThing", method: "GET", path: "/things/{id}", idempotent: true } as const satisfies Operation;',
    );
    expect(out).toContain(
      'pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 200, defaultSize: 200 }',
    );
    expect(out).toMatch(/export const OPERATIONS = \{\n {2}getThing,\n {2}listThings,\n\} as const;/);
  });

  it("takes an explicit default page size within the limits", async () => {
    const out = await render(
      spec(LIST("{ in: body, page: pageNo, size: recordsPerPage, firstPage: 1, defaultSize: 50 }")),
    );
    expect(out).toContain("maxSize: 200, defaultSize: 50 }");
  });

  it.each([
    [
      "an operation without x-idempotent",
      GET.replace("      x-idempotent: true\n", ""),
      /getThing\) needs x-idempotent/,
    ],
    [
      "x-idempotent that is not a boolean",
      GET.replace("x-idempotent: true", 'x-idempotent: "yes"'),
      /needs x-idempotent/,
    ],
    [
      "paging that names a field the body does not have",
      LIST("{ in: body, page: page, size: recordsPerPage, firstPage: 1 }"),
      /names page, which is not a body field/,
    ],
    [
      "paging in an unknown place",
      LIST("{ in: header, page: pageNo, size: recordsPerPage, firstPage: 1 }"),
      /in must be body or query/,
    ],
    [
      "a default page size over the maximum",
      LIST("{ in: body, page: pageNo, size: recordsPerPage, firstPage: 1, defaultSize: 500 }"),
      /defaultSize must be within 1–200/,
    ],
    [
      "a size field without a maximum",
      LIST("{ in: body, page: pageNo, size: pageNo, firstPage: 1 }"),
      /pageNo needs a maximum/,
    ],
  ])("refuses %s", async (_what, operations, message) => {
    await expect(render(spec(operations))).rejects.toThrow(message);
  });

  it("refuses an operationId used twice", async () => {
    const twice = GET + GET.replace("/things/{id}", "/other/{id}");
    await expect(render(spec(twice))).rejects.toThrow(/operationId used twice: getThing/);
  });
});
