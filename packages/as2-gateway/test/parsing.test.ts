// Pure parsers: the Link header of a send, Content-Disposition file names, MIME types by
// extension, the batch truncation index.
import { describe, expect, it } from "vitest";
import {
  filenameFromContentDisposition,
  messageIdFromLink,
  mimeTypeFor,
  parseTruncationIndex,
} from "../src/index.js";

const ID = "<90766548.41.1573209810390@as2gateway.com>";

describe("messageIdFromLink", () => {
  it("takes the raw ID after /message/sent/ from the vendor's bare-URL form", () => {
    expect(messageIdFromLink(`https://api.as2gateway.com/v1/message/sent/${ID}`)).toBe(ID);
  });

  it("keeps characters that are legal in a raw ID (?, #, comma, +)", () => {
    const odd = "<OPENAS2-11062024094512+0000-4821?x#y,z@GLOBEX_AS2>";
    expect(messageIdFromLink(`https://api.as2gateway.com/v1/message/sent/${odd}`)).toBe(odd);
  });

  it("decodes a percent-encoded ID", () => {
    expect(
      messageIdFromLink(
        "https://api.as2gateway.com/v1/message/sent/%3C90766548.41.1573209810390%40as2gateway.com%3E",
      ),
    ).toBe(ID);
  });

  it("adds the angle brackets when a percent-encoded ID comes without them", () => {
    expect(messageIdFromLink("https://h/v1/message/sent/abc%40host?x=1")).toBe("<abc@host>");
  });

  it("understands the RFC 8288 form, with an encoded or a raw ID inside", () => {
    expect(
      messageIdFromLink(
        '<https://api.as2gateway.com/v1/message/sent/%3C90766548.41.1573209810390%40as2gateway.com%3E>; rel="self"',
      ),
    ).toBe(ID);
    expect(messageIdFromLink(`<https://api.as2gateway.com/v1/message/sent/${ID}>; rel=related`)).toBe(ID);
    expect(messageIdFromLink(`<https://api.as2gateway.com/v1/message/sent/${ID}>`)).toBe(ID);
  });

  it("picks the sent-message link among several RFC 8288 link-values", () => {
    expect(
      messageIdFromLink(`<https://x/docs>; rel="help", <https://api/v1/message/sent/${ID}>; rel="self"`),
    ).toBe(ID);
  });

  it("returns undefined for a missing, foreign or broken header", () => {
    expect(messageIdFromLink(null)).toBeUndefined();
    expect(messageIdFromLink("")).toBeUndefined();
    expect(messageIdFromLink("https://api.as2gateway.com/v1/message/queued/x")).toBeUndefined();
    expect(messageIdFromLink("https://api/v1/message/sent/")).toBeUndefined();
    expect(messageIdFromLink("https://api/v1/message/sent/%E0%A4%A")).toBeUndefined();
    expect(messageIdFromLink("https://api/v1/message/sent/<unterminated")).toBeUndefined();
    expect(messageIdFromLink("<not closed")).toBeUndefined();
  });
});

describe("filenameFromContentDisposition", () => {
  it("reads a bare token, a quoted name with escapes, and spaces in an unquoted name", () => {
    expect(filenameFromContentDisposition("attachment; filename=invoice_20240611.xml")).toBe(
      "invoice_20240611.xml",
    );
    expect(filenameFromContentDisposition('attachment; filename="my \\"best\\" file; v2.edi"')).toBe(
      'my "best" file; v2.edi',
    );
    expect(filenameFromContentDisposition("attachment; filename=PO 4500012345.edi ")).toBe(
      "PO 4500012345.edi",
    );
  });

  it("prefers RFC 5987 filename* (UTF-8, percent-encoded) over filename", () => {
    expect(
      filenameFromContentDisposition(
        "attachment; filename=\"fallback.txt\"; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.txt",
      ),
    ).toBe("naïve résumé.txt");
    expect(filenameFromContentDisposition("attachment; FILENAME*=utf-8'en'%E2%82%AC.csv")).toBe("€.csv");
    expect(filenameFromContentDisposition("attachment; filename*=iso-8859-1''caf%E9.txt")).toBe("café.txt");
  });

  it("falls back to filename when filename* is unusable", () => {
    expect(filenameFromContentDisposition("attachment; filename*=UTF-8''%E0%A4%A; filename=ok.txt")).toBe(
      "ok.txt",
    );
    expect(filenameFromContentDisposition("attachment; filename*=koi8-r''abc; filename=ok.txt")).toBe(
      "ok.txt",
    );
    expect(filenameFromContentDisposition("attachment; filename*=noquotes; filename=ok.txt")).toBe("ok.txt");
  });

  it("returns undefined without a file name", () => {
    expect(filenameFromContentDisposition(null)).toBeUndefined();
    expect(filenameFromContentDisposition("attachment")).toBeUndefined();
    expect(filenameFromContentDisposition('attachment; filename=""')).toBeUndefined();
  });
});

describe("mimeTypeFor", () => {
  it.each([
    ["PO.edi", "application/edi-x12"],
    ["po.X12", "application/edi-x12"],
    ["orders.edifact", "application/edifact"],
    ["invoice.xml", "application/xml"],
    ["data.json", "application/json"],
    ["notes.txt", "text/plain"],
    ["remit.csv", "text/csv"],
    ["label.pdf", "application/pdf"],
    ["bundle.zip", "application/zip"],
    ["image.png", "application/octet-stream"],
    ["README", "application/octet-stream"],
    ["trailing.", "application/octet-stream"],
  ])("%s → %s", (name, type) => {
    expect(mimeTypeFor(name)).toBe(type);
  });
});

describe("parseTruncationIndex", () => {
  it("reads (message,attachment) and rejects anything else", () => {
    expect(parseTruncationIndex("(1,2)")).toEqual({ messageIndex: 1, attachmentIndex: 2 });
    expect(parseTruncationIndex(" ( 10 , 0 ) ")).toEqual({ messageIndex: 10, attachmentIndex: 0 });
    expect(parseTruncationIndex("1,2")).toBeUndefined();
    expect(parseTruncationIndex("(a,2)")).toBeUndefined();
    expect(parseTruncationIndex(null)).toBeUndefined();
  });
});
