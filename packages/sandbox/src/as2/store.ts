// The AS2 Gateway half's state: its messages (every category, with their attachments, MDNs, read
// flags, attempts and due times) and the message-ID sequence, optionally kept in `dataDir/as2.json`
// (next to the ECGrid half's ecgrid.json), rewritten atomically after each request that changed it,
// so a restart with the same directory keeps it. Tokens are not kept (as ECGrid's sessions are not):
// a client signs in again.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeJsonAtomically } from "../state.js";

export type Category = "received" | "sent" | "failed" | "queued" | "stopped";

export interface As2File {
  name: string;
  bytes: Uint8Array;
}

export interface As2Message {
  as2MessageId: string;
  category: Category;
  persistedTimestamp: number;
  stationId: string;
  partnerId: string;
  partnerType: "Production" | "Test";
  subject?: string;
  files: As2File[];
  read: boolean;
  attempts: number;
  dueAt: number;
  mdn?: { persistedTimestamp: number; content: string };
}

interface StoredMessage extends Omit<As2Message, "files"> {
  /** Attachments with their bytes in Base64. */
  files: { name: string; base64: string }[];
}

interface As2StateFile {
  version: 1;
  sequence: number;
  messages: StoredMessage[];
}

export class As2Store {
  messages: As2Message[] = [];
  sequence = 0;
  readonly #file: string | undefined;
  #dirty = false;

  private constructor(file: string | undefined) {
    this.#file = file;
  }

  /** Loads `dataDir/as2.json` when it exists; otherwise an empty store (written there when given). */
  static open(dataDir?: string): As2Store {
    const file = dataDir === undefined ? undefined : join(dataDir, "as2.json");
    const store = new As2Store(file);
    if (file && existsSync(file)) {
      const data = JSON.parse(readFileSync(file, "utf8")) as As2StateFile;
      if (data.version !== 1 || !Array.isArray(data.messages)) {
        throw new Error(`${file}: not an AS2 sandbox state file (version 1)`);
      }
      store.sequence = data.sequence;
      store.messages = data.messages.map(({ files, ...m }) => ({
        ...m,
        files: files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.base64, "base64")) })),
      }));
      return store;
    }
    if (dataDir !== undefined) {
      mkdirSync(dataDir, { recursive: true });
      store.changed();
      store.flush();
    }
    return store;
  }

  /** Marks the store as changed: the next flush() writes it. */
  changed(): void {
    this.#dirty = true;
  }

  /** Writes the state file when something changed (a no-op without a data directory). */
  flush(): void {
    if (!this.#dirty || !this.#file) return;
    this.#dirty = false;
    const data: As2StateFile = {
      version: 1,
      sequence: this.sequence,
      messages: this.messages.map(({ files, ...m }) => ({
        ...m,
        files: files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString("base64") })),
      })),
    };
    writeJsonAtomically(this.#file, data);
  }
}
