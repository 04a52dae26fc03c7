// The AS2 message ID of a sent message, from the `Link` header of the send response.
//
// The vendor documents a bare absolute URL with the raw ID appended (not percent-encoded):
//   https://api.as2gateway.com/v1/message/sent/<90766548.41.1573209810390@as2gateway.com>
// A generic RFC 8288 parser would take the ID's own angle brackets for the URI delimiters, so this
// parser is specific. It also accepts a percent-encoded ID and the RFC 8288 form
// `<https://…/message/sent/%3C…%3E>; rel="…"`, in case the service ever switches to it.

const MARKER = "/message/sent/";

/** The AS2 message ID (with its angle brackets) named by a `Link` header, or undefined. */
export function messageIdFromLink(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  for (const candidate of linkTargets(header.trim())) {
    const id = idFromUrl(candidate);
    if (id) return id;
  }
  return undefined;
}

/** The URL(s) a header value names: the bare value, or the targets of RFC 8288 link-values. */
function linkTargets(value: string): string[] {
  // The bare form starts with the scheme; RFC 8288 link-values start with "<".
  if (!value.startsWith("<")) return [value];
  const targets: string[] = [];
  // Link-values are comma separated; a raw message ID inside a target could hold a comma, so a
  // split is only accepted where the next part starts a new `<…>` link-value.
  for (const part of value.split(/,(?=\s*<)/)) {
    const match = /^\s*<(.*)>\s*(?:;[^>]*)?$/.exec(part);
    if (match?.[1]) targets.push(match[1]);
  }
  return targets;
}

function idFromUrl(url: string): string | undefined {
  const at = url.lastIndexOf(MARKER);
  if (at < 0) return undefined;
  let rest = url.slice(at + MARKER.length).trim();
  if (rest === "") return undefined;
  if (rest.startsWith("<")) {
    // Raw form: the ID is everything up to its closing bracket (`?`, `#` and `,` are legal in it).
    const end = rest.lastIndexOf(">");
    return end > 0 ? rest.slice(0, end + 1) : undefined;
  }
  // Percent-encoded form: a query or fragment would itself be encoded inside the ID, so cut them.
  rest = rest.replace(/[?#].*$/, "");
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  if (decoded === "") return undefined;
  // IDs in this API always carry their angle brackets (RFC 5322 msg-id); add them when stripped.
  return decoded.startsWith("<") ? decoded : `<${decoded}>`;
}
