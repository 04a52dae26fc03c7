// The sandbox's in-memory state, optionally kept in one JSON file (`dataDir/ecgrid.json`) that is
// rewritten atomically after every change, so a restart with the same directory keeps it.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CallbackStore } from "./callback-store.js";
import type { Seed } from "./seed.js";

export type Direction = "inbox" | "outbox";

export interface ParcelRecord {
  parcelId: number;
  direction: Direction;
  mailboxId: number;
  networkId: number;
  fileName: string;
  bytes: number;
  status: string;
  ecGridIdFrom: number;
  ecGridIdTo: number;
  created: string;
  modified: string;
  /** The file, Base64, exactly as uploaded. */
  content: string;
  /** The other half of the upload: the outbox parcel of an inbox parcel and vice versa. */
  pairedParcelId?: number;
  /** An `outboxPending` parcel: when it is delivered (sandbox clock, ms since the epoch; src/delivery.ts). */
  dueAt?: number;
}

export interface StateData {
  version: 1;
  seed: Seed;
  nextParcelId: number;
  parcels: ParcelRecord[];
  /** Callback registrations and deliveries (src/ecgrid-callbacks.ts), once the first is made. */
  callbacks?: CallbackStore;
}

export class SandboxState {
  readonly data: StateData;
  readonly #file: string | undefined;

  private constructor(data: StateData, file: string | undefined) {
    this.data = data;
    this.#file = file;
  }

  /** Loads `dataDir/ecgrid.json` when it exists, otherwise starts from `seed`. */
  static open(seed: Seed, dataDir?: string): SandboxState {
    const file = dataDir === undefined ? undefined : join(dataDir, "ecgrid.json");
    if (file && existsSync(file)) {
      const data = JSON.parse(readFileSync(file, "utf8")) as StateData;
      if (data.version !== 1 || !Array.isArray(data.parcels)) {
        throw new Error(`${file}: not a sandbox state file (version 1)`);
      }
      return new SandboxState(data, file);
    }
    const state = new SandboxState(
      { version: 1, seed: structuredClone(seed), nextParcelId: 900_000_001, parcels: [] },
      file,
    );
    if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
    state.save();
    return state;
  }

  get seed(): Seed {
    return this.data.seed;
  }

  newParcelId(): number {
    return this.data.nextParcelId++;
  }

  parcel(parcelId: number): ParcelRecord | undefined {
    return this.data.parcels.find((p) => p.parcelId === parcelId);
  }

  /** Writes the state file (a no-op without a data directory). */
  save(): void {
    if (this.#file) writeJsonAtomically(this.#file, this.data);
  }
}

/** Writes `data` as JSON to `file` through a temporary file and a rename (never a half-written file). */
export function writeJsonAtomically(file: string, data: unknown): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(temp, file);
}
