// The JSON body of an upload without a JSON text of the whole body (issue 13 item 4). Serialised
// the usual way, a 50 MB parcel's body is held three times over while it is sent: the Base64
// `content` string (67 MB), the JSON text openapi-fetch makes of the body (67 MB more) and the UTF-8
// bytes the request is sent as (67 MB more). As a Blob of parts — the JSON of the other members,
// then the content string as a part of its own — there is no second text: the Blob holds the bytes
// once, and the transport sends the same Blob again on each attempt, unread.

/** Below this many characters of content a body is small: serialised as usual. */
const SMALL = 64 * 1024;

/**
 * `body` as a JSON Blob with `content` written last, as a part of its own: the same JSON value as
 * `JSON.stringify(body)`, member order aside. Only for a `content` made by `bytesToBase64` (the
 * Base64 alphabet needs no JSON escaping); a small or absent one is serialised as usual.
 */
export function base64JsonBody(body: unknown): Blob | string {
  const { content, ...rest } = (body ?? {}) as { content?: unknown };
  if (typeof content !== "string" || content.length < SMALL) return JSON.stringify(body);
  const head = JSON.stringify(rest);
  const open = head === "{}" ? "{" : `${head.slice(0, -1)},`;
  return new Blob([`${open}"content":"`, content, '"}'], { type: "application/json" });
}
