import { describe, expect, it } from "vitest";
import { readIsa } from "../src/index.ts";
import { x12 } from "./support.ts";

describe("readIsa", () => {
  it("reads ISA05-08 with the element separator the file uses", () => {
    for (const element of ["*", "|", "^", "\u001d"]) {
      expect(readIsa(x12(["01", "123456789"], ["ZZ", "GLOBEX"], { element }))).toEqual({
        elementSeparator: element,
        sender: { qualifier: "01", id: "123456789" },
        receiver: { qualifier: "ZZ", id: "GLOBEX" },
      });
    }
  });

  it("skips a byte order mark and leading white space", () => {
    expect(readIsa(`\uFEFF\r\n${x12()}`)?.receiver.id).toBe("GLOBEX");
  });

  it("returns undefined for anything that is not an ISA segment", () => {
    expect(readIsa("UNB+UNOA:1+SENDER+RECEIVER'")).toBeUndefined();
    expect(readIsa("ISA")).toBeUndefined();
    expect(readIsa("ISA 00 ")).toBeUndefined();
    expect(readIsa("ISA*00*")).toBeUndefined();
    expect(readIsa("ISA*00*          *00*          *ZZ*  *ZZ*GLOBEX*")).toBeUndefined();
  });
});
