// Reads the sender and receiver of an X12 interchange from its ISA segment. The element separator
// is whatever character follows "ISA" (ISA is fixed-width, but the separator is the sender's choice).

/** An interchange party: ISA05/ISA06 (sender) or ISA07/ISA08 (receiver), trimmed. */
export interface IsaParty {
  qualifier: string;
  id: string;
}

export interface IsaEnvelope {
  elementSeparator: string;
  sender: IsaParty;
  receiver: IsaParty;
}

/** The ISA sender and receiver of `text`, or undefined when it does not start with an ISA segment. */
export function readIsa(text: string): IsaEnvelope | undefined {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (!start.startsWith("ISA") || start.length < 4) return undefined;
  const elementSeparator = start.charAt(3);
  if (/[\sA-Za-z0-9]/.test(elementSeparator)) return undefined;
  const elements = start.split(elementSeparator, 9);
  if (elements.length < 9) return undefined;
  const at = (index: number) => (elements[index] ?? "").trim();
  const sender = { qualifier: at(5), id: at(6) };
  const receiver = { qualifier: at(7), id: at(8) };
  if (!sender.qualifier || !sender.id || !receiver.qualifier || !receiver.id) return undefined;
  return { elementSeparator, sender, receiver };
}
