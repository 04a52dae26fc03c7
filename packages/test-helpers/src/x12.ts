// EDI fixtures: a small X12 850 interchange (ISA … IEA) as the sandbox and the inbox proofs route it.

const pad = (value: string, width: number) => value.padEnd(width, " ");

export interface InterchangeOptions {
  /** Sender [qualifier, id] (default ZZ:ACME). */
  from?: [string, string];
  /** Receiver [qualifier, id] (default ZZ:GLOBEX). */
  to?: [string, string];
  /** The interchange control number, nine digits (default 000000001). */
  control?: string;
  /** The group control number of GS and GE (default 1). */
  group?: string;
  element?: string;
  segment?: string;
}

/** One X12 850 purchase order in one group in one interchange, dated 2026-05-07 08:00. */
export function x12Interchange({
  from = ["ZZ", "ACME"],
  to = ["ZZ", "GLOBEX"],
  control = "000000001",
  group = "1",
  element = "*",
  segment = "~",
}: InterchangeOptions = {}): string {
  const e = element;
  const isa = [
    "ISA",
    "00",
    pad("", 10),
    "00",
    pad("", 10),
    from[0],
    pad(from[1], 15),
    to[0],
    pad(to[1], 15),
    "260507",
    "0800",
    "U",
    "00401",
    control,
    "0",
    "P",
    ">",
  ].join(e);
  return [
    isa,
    ["GS", "PO", from[1], to[1], "20260507", "0800", group, "X", "004010"].join(e),
    ["ST", "850", "0001"].join(e),
    ["BEG", "00", "SA", `PO-${control}`, "", "20260507"].join(e),
    ["SE", "3", "0001"].join(e),
    ["GE", "1", group].join(e),
    ["IEA", "1", control].join(e),
    "",
  ].join(segment);
}
