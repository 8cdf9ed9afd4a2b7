// Remembers which ids were seen, and on which line, in about 24 bytes per id (32 when it also keeps the file) instead of
// the 60 or more of a Map of strings: a log of millions of events is checked for
// duplicate ids without holding its ids. Ids are kept as 64-bit fingerprints (cyrb53's
// two 32-bit halves); two different ids share one with a chance of about n² / 2^65,
// below one in a hundred thousand for ten million events.

/**
 * Which ids were seen, and with which number (a line, or any positive whole number below
 * 2^32 the reader chooses), in about 24 bytes per id: an open-addressing table of 64-bit
 * id fingerprints. `createLineChecker` uses one per file; a reader of several files can
 * share one across them (numbering lines across the files, or giving each file a number
 * with `firstPlace`) to find ids used twice.
 *
 * @example
 * ```ts
 * const ids = new IdIndex();
 * ids.firstLine("e-1", 1); // undefined: new
 * ids.firstLine("e-1", 7); // 1: seen on line 1
 * ```
 */
export class IdIndex {
  private high = new Uint32Array(1024);
  private low = new Uint32Array(1024);
  private lines = new Uint32Array(1024);
  // Only an index across files pays for this column.
  private files: Uint32Array | undefined;
  private size = 0;

  /**
   * Records `id` on `line`, or returns the line where it was recorded before. Lines are
   * 1-based (0 marks an empty slot) and below 2^32.
   */
  firstLine(id: string, line: number): number | undefined {
    return this.place(id, line, 0)?.line;
  }

  /** The line (or number) `id` was recorded with, without recording it. */
  lineOf(id: string): number | undefined {
    const [h, l] = fingerprint(id);
    const line = this.lines[this.find(h, l)]!;
    return line === 0 ? undefined : line;
  }

  /**
   * Records `id` on `line` of file number `file`, or returns where it was recorded before.
   */
  firstPlace(
    id: string,
    line: number,
    file: number,
  ): { readonly line: number; readonly file: number } | undefined {
    this.files ??= new Uint32Array(this.lines.length);
    return this.place(id, line, file);
  }

  private place(
    id: string,
    line: number,
    file: number,
  ): { readonly line: number; readonly file: number } | undefined {
    const [h, l] = fingerprint(id);
    let slot = this.find(h, l);
    if (this.lines[slot] !== 0) return { line: this.lines[slot]!, file: this.files?.[slot] ?? 0 };
    if ((this.size + 1) * 2 > this.lines.length) {
      this.grow();
      slot = this.find(h, l);
    }
    this.high[slot] = h;
    this.low[slot] = l;
    this.lines[slot] = line;
    if (this.files !== undefined) this.files[slot] = file;
    this.size++;
    return undefined;
  }

  private find(h: number, l: number): number {
    const mask = this.lines.length - 1;
    let slot = (h ^ l) & mask;
    while (this.lines[slot] !== 0 && (this.high[slot] !== h || this.low[slot] !== l))
      slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { high, low, lines, files } = this;
    this.high = new Uint32Array(lines.length * 2);
    this.low = new Uint32Array(lines.length * 2);
    this.lines = new Uint32Array(lines.length * 2);
    this.files = files === undefined ? undefined : new Uint32Array(lines.length * 2);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] === 0) continue;
      const slot = this.find(high[i]!, low[i]!);
      this.high[slot] = high[i]!;
      this.low[slot] = low[i]!;
      this.lines[slot] = lines[i]!;
      if (this.files !== undefined) this.files[slot] = files![i]!;
    }
  }
}

function fingerprint(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/**
 * Which ids were seen, exactly, in 8 bytes a slot (at most 4 slots for 3 ids): each id is
 * kept as a 32-bit hash and a place, a number the reader gives it (a line of a file, say)
 * and can read the id back by. When a hash is met again, the id at the earlier place is
 * read back and compared, so a repeated id is never missed and never invented, and no id
 * string is held. Reading back is rare (a repeat, or one id in about four billion sharing
 * a hash with an earlier one); {@link IdIndex} needs no reading back, and is right but for
 * a chance of about n² / 2^65.
 *
 * @example
 * ```ts
 * const lines = ["e-1", "e-2", "e-1"];
 * const ids = new IdSet((place) => lines[place]!);
 * ids.firstPlace("e-1", 0); // undefined: new
 * ids.firstPlace("e-2", 1); // undefined
 * ids.firstPlace("e-1", 2); // 0: seen at place 0
 * ```
 */
export class IdSet {
  // The table is split by the hash's top bits into shards that grow one at a time: one
  // table of millions of slots doubled at once briefly held its old and new copies (32
  // and 64 MB at four million ids), the peak of a large export's first pass. In each
  // shard, slot i is [2i] the hash and [2i + 1] the place + 1 (0 marks an empty slot):
  // side by side, so a probe reads one cache line, not two.
  private readonly shards: Uint32Array[] = Array.from(
    { length: SHARDS },
    () => new Uint32Array(2 * 64),
  );
  private readonly counts = new Uint32Array(SHARDS);
  private count = 0;

  /**
   * @param idAt reads back the id recorded at a place.
   * @param hash the id's 32-bit hash (for tests that force hashes to collide).
   */
  constructor(
    private readonly idAt: (place: number) => string | undefined,
    private readonly hash: (id: string) => number = hash32,
  ) {}

  /** How many distinct ids were recorded. */
  get size(): number {
    return this.count;
  }

  /**
   * Records `id` at `place` (a whole number from 0 to 2^32 - 2), or returns the place
   * where it was recorded before.
   */
  firstPlace(id: string, place: number): number | undefined {
    const h = this.hash(id) >>> 0;
    const mixed = spread(h);
    const shard = mixed >>> SHARD_SHIFT;
    let slots = this.shards[shard]!;
    let mask = (slots.length >>> 1) - 1;
    let slot = mixed & mask;
    for (; slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
      if (slots[2 * slot] !== h) continue;
      const earlier = slots[2 * slot + 1]! - 1;
      if (this.idAt(earlier) === id) return earlier;
    }
    if ((this.counts[shard]! + 1) * 8 > slots.length * 3) {
      slots = this.grow(shard);
      mask = (slots.length >>> 1) - 1;
      for (slot = mixed & mask; slots[2 * slot + 1] !== 0; ) slot = (slot + 1) & mask;
    }
    slots[2 * slot] = h;
    slots[2 * slot + 1] = place + 1;
    this.counts[shard]!++;
    this.count++;
    return undefined;
  }

  private grow(shard: number): Uint32Array {
    const old = this.shards[shard]!;
    const slots = new Uint32Array(old.length * 2);
    const mask = (slots.length >>> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = spread(old[i]!) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[i]!;
      slots[2 * slot + 1] = old[i + 1]!;
    }
    this.shards[shard] = slots;
    return slots;
  }
}

// 64 shards, chosen by the top 6 bits of the mixed hash (the slot within a shard comes
// from its low bits, so the two never overlap below 2^26 slots a shard).
const SHARD_BITS = 6;
const SHARDS = 1 << SHARD_BITS;
const SHARD_SHIFT = 32 - SHARD_BITS;

// One 32-bit hash (FNV-1a's loop; `spread` mixes it for the slot): the set compares ids
// whose hashes meet, so it needs no second hash, and this is called for every event.
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// The slot of a hash: its bits mixed (murmur3's finaliser), so hashes that differ only in
// their high bits, or a test's small ones, do not all fall into one run of slots.
function spread(h: number): number {
  let x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
