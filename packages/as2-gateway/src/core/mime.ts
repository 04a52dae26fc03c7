// MIME types for the file extensions EDI users send most. Anything else goes as
// application/octet-stream (AS2 Gateway accepts it; the partner sees a generic binary).

export const DEFAULT_MIME_TYPE = "application/octet-stream";

const BY_EXTENSION: Readonly<Record<string, string>> = {
  edi: "application/edi-x12",
  x12: "application/edi-x12",
  edifact: "application/edifact",
  xml: "application/xml",
  json: "application/json",
  txt: "text/plain",
  csv: "text/csv",
  pdf: "application/pdf",
  zip: "application/zip",
};

/** The MIME type for a file name, from its extension (case-insensitive). */
export function mimeTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  if (dot < 0 || dot === fileName.length - 1) return DEFAULT_MIME_TYPE;
  return BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? DEFAULT_MIME_TYPE;
}
