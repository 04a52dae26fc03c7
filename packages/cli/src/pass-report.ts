// What `ecgrid inbox` and `as2 received process` print once a pass is over (or was interrupted):
// one row per item, a summary line on stderr when not everything was done, and the exit status.
import { EXIT } from "./exit.js";
import { type CliIo, ExitCode, type Format, messageOf, printRows } from "./io.js";

export interface PassOutcome<Id, F> {
  /** Items done (confirmed / marked read). */
  done: readonly Id[];
  /** Items whose handler or confirm failed: they stay on the server. */
  failed: readonly F[];
  /** Items the signal stopped before they were saved: delivered again next run. */
  notStarted: readonly F[];
  skipped: number;
  interrupted: boolean;
}

export interface PassWording<Id, F> {
  /** Column names of the item's ID and of where it was saved, e.g. "parcelId" and "path". */
  idColumn: string;
  savedColumn: string;
  idOf(failure: F): Id;
  savedAt(id: Id): string | undefined;
  /** The result of a done item ("confirmed") and of a failed one ("left unconfirmed"). */
  done: string;
  failed: string;
}

/** Prints the rows and the summary; throws the exit status of an interrupted or partial pass. */
export function reportPass<Id, F extends { error: unknown }>(
  io: CliIo,
  format: Format,
  outcome: PassOutcome<Id, F>,
  words: PassWording<Id, F>,
): void {
  const row = (id: Id, saved: string | undefined, result: string) => ({
    [words.idColumn]: id,
    [words.savedColumn]: saved,
    result,
  });
  const { failed, notStarted, skipped, interrupted } = outcome;
  printRows(
    io,
    [
      ...outcome.done.map((id) => row(id, words.savedAt(id), words.done)),
      ...failed.map((f) =>
        row(words.idOf(f), words.savedAt(words.idOf(f)), `${words.failed}: ${messageOf(f.error)}`),
      ),
      ...notStarted.map((f) => row(words.idOf(f), undefined, "skipped (interrupted)")),
    ],
    format,
  );
  if (interrupted || failed.length > 0 || skipped > 0)
    io.stderr(`summary: ${outcome.done.length} ${words.done}, ${failed.length} failed, ${skipped} skipped`);
  if (interrupted) throw new ExitCode(EXIT.interrupted);
  if (failed.length > 0) throw new ExitCode(EXIT.partial);
}
