/**
 * One queue for every Excel job. Two Excel.run batches in flight at once interleave their
 * requests and fail in practice (a user double-clicking 'Schrijf' is enough), so jobs run
 * strictly one after another. Each runs with delayForCellEdit: a user typing in a cell makes
 * Excel wait for Enter instead of failing the batch.
 */
import type { XlRequestContext } from './api';

/** The part of the global `Excel` namespace we call; injected so tests pass a fake. */
export interface ExcelLike {
  run<T>(options: { delayForCellEdit?: boolean }, batch: (context: XlRequestContext) => Promise<T>): Promise<T>;
  /**
   * ExcelApi 1.8: "Creates and opens a new workbook. Optionally, the workbook can be
   * pre-populated with a Base64-encoded .xlsx file." Not a batch: it runs outside the queue.
   */
  createWorkbook(base64?: string): Promise<void>;
}

/**
 * Compile-time proof that the real API fits our structural subset: if a future
 * @types/office-js renames something we use, this line stops the build, not a user's run.
 */
export const realExcelFits = (excel: typeof Excel): ExcelLike => excel;

export type ExcelJob<T> = (context: XlRequestContext) => Promise<T>;

export class ExcelQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly excel: ExcelLike) {}

  /** Jobs still queued or running; the pane can show 'bezig…' while this is above 0. */
  get pending(): number {
    return this.waiting;
  }

  /** Runs `job` after every earlier job has settled; its own result or error is passed on untouched. */
  run<T>(job: ExcelJob<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(() => this.excel.run({ delayForCellEdit: true }, job));
    // The next job waits for this one to settle, success or not; the error itself goes to our caller.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result.finally(() => {
      this.waiting--;
    });
  }
}
