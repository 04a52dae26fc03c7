// The file name of a download, from `Content-Disposition`. Handles `filename=token`,
// `filename="quoted \"name\""` and RFC 5987/6266 `filename*=UTF-8''percent%20encoded` (which wins
// over `filename` when both are present).

export function filenameFromContentDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const params = parseParams(`;${header}`);
  const extended = params.get("filename*");
  if (extended !== undefined) {
    const decoded = decodeExtValue(extended);
    if (decoded) return decoded;
  }
  const plain = params.get("filename");
  return plain ? plain : undefined;
}

/** Parameter name (lower case) → value, quotes and escapes removed. The first occurrence wins. */
function parseParams(header: string): Map<string, string> {
  const params = new Map<string, string>();
  const pattern = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (const match of header.matchAll(pattern)) {
    const name = (match[1] as string).toLowerCase();
    if (params.has(name)) continue;
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, "$1") : (match[3] ?? "").trim();
    params.set(name, value);
  }
  return params;
}

/** `charset'language'pct-encoded` → text. UTF-8 and ISO-8859-1 are understood; others are ignored. */
function decodeExtValue(value: string): string | undefined {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value.trim());
  if (!match) return undefined;
  const charset = (match[1] as string).toLowerCase();
  const encoded = match[2] as string;
  try {
    if (charset === "utf-8" || charset === "") return decodeURIComponent(encoded);
    if (charset === "iso-8859-1" || charset === "latin1") {
      return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
    }
  } catch {
    return undefined;
  }
  return undefined;
}
