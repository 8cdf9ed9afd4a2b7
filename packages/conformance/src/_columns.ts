// Columns of numbers for the log index (log-index.ts): typed arrays, so a log of millions
// of events costs a few bytes an event and no object.

// Numbers are kept in chunks of 65,536 that are never copied: a log of millions of events
// grows its index one chunk at a time instead of doubling (and briefly holding) an array.
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

export type NumberArray = Float64Array | Uint32Array | Int32Array;

/** A growable column of numbers, one per row. */
export class Column<A extends NumberArray> {
  size = 0;
  private readonly chunks: A[] = [];

  constructor(private readonly make: (length: number) => A) {}

  push(value: number): number {
    const row = this.size++;
    if ((row & IN_CHUNK) === 0) this.chunks.push(this.make(CHUNK));
    this.chunks[row >>> CHUNK_BITS]![row & IN_CHUNK] = value;
    return row;
  }

  get(row: number): number {
    return this.chunks[row >>> CHUNK_BITS]![row & IN_CHUNK]!;
  }

  set(row: number, value: number): void {
    this.chunks[row >>> CHUNK_BITS]![row & IN_CHUNK] = value;
  }
}

/**
 * A number per row that changes seldom, kept only where it changes: a row's value is the
 * one set at the nearest row at or before it (a binary search).
 */
export class Steps {
  private readonly rows = new Column((n) => new Float64Array(n));
  private readonly values = new Column((n) => new Float64Array(n));

  /** Sets the value of `row` and of the rows after it, until the next change. */
  push(row: number, value: number): void {
    const last = this.rows.size - 1;
    if (last >= 0 && this.values.get(last) === value) return;
    this.rows.push(row);
    this.values.push(value);
  }

  get(row: number): number {
    let low = 0;
    let high = this.rows.size - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.rows.get(middle) <= row) low = middle;
      else high = middle - 1;
    }
    return this.values.get(low);
  }
}

/**
 * Byte offsets of lines, in reading order: 4 bytes each, with the bits above 32 (files
 * over 4 GiB) kept as {@link Steps}. Offsets go up within a file and start again at the next.
 */
export class Offsets {
  private readonly low = new Column((n) => new Uint32Array(n));
  private readonly high = new Steps();

  get size(): number {
    return this.low.size;
  }

  /** Adds an offset; returns its row. */
  push(offset: number): number {
    const row = this.low.push(offset % 2 ** 32);
    this.high.push(row, Math.floor(offset / 2 ** 32));
    return row;
  }

  get(row: number): number {
    return this.high.get(row) * 2 ** 32 + this.low.get(row);
  }
}
