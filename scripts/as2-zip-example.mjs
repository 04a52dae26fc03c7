#!/usr/bin/env node
// Builds the AS2 spec's zip example (components.examples.ZipArchive): a real archive with one
// folder per received message of the ReceivedMessagePage example, holding that message's
// attachments, so the batch download, `processReceived` and `received process` work on Prism.
//
// Prism sends a string example for a binary media type as it is, encoded as UTF-8: any byte from
// 0x80 up would arrive as two bytes. So the archive is 7-bit clean: stored entries (no
// compression), the 1980-01-01 timestamp, file contents whose control numbers (and CSV rows) are
// chosen so that every CRC, size and offset byte stays below 0x80, and an entry comment that puts
// the central directory's size in range. In YAML it is a double-quoted string with \x escapes.
//
//   node scripts/as2-zip-example.mjs           print the YAML value
//   node scripts/as2-zip-example.mjs --write   replace the example in specs/as2-gateway/openapi.yaml
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32 } from "node:zlib";
import { parse } from "yaml";

const specFile = join(dirname(fileURLToPath(import.meta.url)), "..", "specs", "as2-gateway", "openapi.yaml");
const po = "<OPENAS2-11062024094512+0000-4821@GLOBEX_AS2_ACME_EDI_PROD>";
const remittance = "<mendelson_opensource_AS2-1718100455210-17@INITECH_AS2_ACME_EDI_PROD>";

// Each file of the archive, built from a number `n`: a control or reference number, which changes
// the CRC, and for the CSV the number of rows, which moves the offsets after it.
const isa = (n) => String(n).padStart(9, "0");
const files = [
  {
    path: `${po}/PO_4500012345.edi`,
    content: (n) =>
      `ISA*00*          *00*          *ZZ*GLOBEX_AS2     *ZZ*ACME_EDI_PROD  *240611*0945*U*00401*${isa(n)}*0*P*>~` +
      `GS*PO*GLOBEX*ACME*20240611*0945*${n}*X*004010~ST*850*0001~BEG*00*SA*4500012345**20240611~` +
      `PO1*1*10*EA*100*PE*VP*10344~CTT*1~SE*5*0001~GE*1*${n}~IEA*1*${isa(n)}~\n`,
  },
  {
    path: `${remittance}/remittance_0611.csv`,
    content: (n) =>
      `invoice,amount,reference\n${Array.from({ length: 1 + (n % 4) }, (_, i) => `INV-2024-0098${i + 1},1000.00,REM-${n}\n`).join("")}`,
  },
  {
    path: `${remittance}/remittance_0611.pdf`,
    content: (n) => `%PDF-1.4\n% remittance advice REM-${n} for INV-2024-00981, 1000.00 USD\n%%EOF\n`,
  },
];
const comment = "example attachment for the AS2 Gateway mock";

const u16 = (v) => [v & 0xff, v >>> 8];
const u32 = (v) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
const clean = (bytes) => bytes.every((b) => b < 0x80);
const DOS_DATE_1980_01_01 = 0x21;

/** The local header and data of a file with number `n`, and its central directory entry. */
function entry(file, n, offset) {
  const path = Buffer.from(file.path, "ascii");
  const data = Buffer.from(file.content(n), "ascii");
  const note = Buffer.from(comment, "ascii");
  // version 1.0, no flags, stored, 00:00 on 1980-01-01, crc, sizes, name length
  const common = [...u16(10), 0, 0, 0, 0, 0, 0, ...u16(DOS_DATE_1980_01_01), ...u32(crc32(data) >>> 0)];
  const sizes = [...u32(data.length), ...u32(data.length), ...u16(path.length)];
  return {
    local: [...u32(0x04034b50), ...common, ...sizes, 0, 0, ...path, ...data],
    central: [...u32(0x02014b50), ...u16(20), ...common, ...sizes, 0, 0, ...u16(note.length)].concat([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      ...u32(offset),
      ...path,
      ...note,
    ]),
  };
}

/** Picks the files' numbers, backtracking, until every byte of the archive is below 0x80. */
function build(index = 0, local = [], central = []) {
  if (index === files.length) {
    const count = u16(files.length);
    const end = [...u32(0x06054b50), 0, 0, 0, 0, ...count, ...count];
    const archive = [...local, ...central, ...end, ...u32(central.length), ...u32(local.length), 0, 0];
    return clean(archive) ? Buffer.from(archive) : undefined;
  }
  for (let n = 1; n < 2_000; n++) {
    const next = entry(files[index], n, local.length);
    if (!clean(next.local) || !clean(next.central)) continue;
    const archive = build(index + 1, [...local, ...next.local], [...central, ...next.central]);
    if (archive) return archive;
  }
  return undefined;
}

/** A YAML double-quoted scalar, continued over lines with escaped line breaks. */
function yamlString(bytes, indent) {
  const tokens = [...bytes].map((b) => {
    if (b === 0x22) return '\\"';
    if (b === 0x5c) return "\\\\";
    if (b >= 0x20 && b < 0x7f) return String.fromCharCode(b);
    return `\\x${b.toString(16).padStart(2, "0")}`;
  });
  const lines = [];
  let line = "";
  for (const token of tokens) {
    if (line.length + token.length > 92 - indent) {
      lines.push(line);
      line = "";
    }
    line += token;
  }
  lines.push(line);
  // YAML drops white space at the start of a continued line: escape spaces there and at the end.
  const spaces = (m) => "\\x20".repeat(m.length);
  return `"${lines.map((l) => l.replace(/^ +| +$/g, spaces)).join(`\\\n${" ".repeat(indent)}`)}"`;
}

const archive = build();
if (!archive) throw new Error("no 7-bit clean archive: change a file or the comment");
const value = yamlString(archive, 8);
if (process.argv.includes("--write")) {
  const spec = readFileSync(specFile, "utf8");
  const example = /( {4}ZipArchive:\n(?: {6}.*\n)*? {6}value: )(?:"(?:[^"\\]|\\[\s\S])*"|.*)/;
  if (!example.test(spec)) throw new Error("components.examples.ZipArchive.value not found");
  const updated = spec.replace(example, (_, head) => head + value);
  const parsed = parse(updated).components.examples.ZipArchive.value;
  if (!Buffer.from(parsed, "latin1").equals(archive))
    throw new Error("the YAML does not read back as the archive");
  writeFileSync(specFile, updated);
  console.log(`wrote a ${archive.length}-byte archive into ${specFile}`);
} else {
  console.log(value);
}
