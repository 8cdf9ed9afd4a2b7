/**
 * One linear relation of a published table: a total cell equals the sum of its parts
 * (a row, a column, a table's grand total, or a cell shared with another table).
 */
export interface SumConstraint {
  /** Id of the total cell. */
  readonly total: string;
  /** Ids of the cells that add up to it. */
  readonly parts: readonly string[];
}

/**
 * Counts about people that are published together, with every relation between them
 * that a reader knows: the tables' marginal totals and the cells tables share.
 */
export interface CountSystem {
  /** Each cell's count (a non-negative integer), by id. */
  readonly cells: Readonly<Record<string, number>>;
  /** Every sum relation between the cells. */
  readonly constraints: readonly SumConstraint[];
  /**
   * How much it costs to hide a cell, as a multiple of its count (default 1). Complements
   * are chosen by least cost, so a headline figure with weight 3 is hidden only when the
   * other choices are more than three times larger.
   */
  readonly weights?: Readonly<Record<string, number>>;
}

/** Options of {@link suppressCounts}. */
export interface SuppressionOptions {
  /**
   * Counts from 1 up to `threshold - 1` are hidden. Default 5 (METHODOLOGY.md §8).
   * Must be an integer of at least 2: a threshold of 1 would hide nothing.
   */
  readonly threshold?: number;
  /**
   * Cells already published elsewhere (e.g. in an OCMW's own report, when the programme
   * report is made): they stay visible whatever their count, so they are never chosen to
   * protect another cell, but a reader's knowledge of them is taken into account.
   */
  readonly published?: ReadonlySet<string>;
  /**
   * Cells hidden from the start whatever their count: hidden in a report published
   * elsewhere, or unknown to whoever publishes (their count is then a placeholder, and
   * relations that involve one are not checked to add up). A withheld count is taken to
   * be at least 1, as every hidden count is.
   */
  readonly withheld?: ReadonlySet<string>;
  /**
   * The hidden cells a reader must never be able to work out, besides the small counts
   * themselves. Default: every hidden cell. The programme report protects the OCMWs'
   * hidden cells and its own small counts, but not its own complementary cells: one of
   * those being worked out gives nothing away, and protecting them too would hide a
   * chain of programme figures for each one.
   */
  readonly sensitive?: ReadonlySet<string>;
}

/** The default small-cell threshold: counts below 5 are hidden. */
export const DEFAULT_THRESHOLD = 5;

/** Which cells of a {@link CountSystem} must not be published. */
export interface Suppression {
  /** Every cell to hide: small counts and the complementary cells that protect them. */
  readonly hidden: ReadonlySet<string>;
  /** The small counts themselves (primary suppression). Never publish this set: it tells which hidden cells are small. */
  readonly primary: ReadonlySet<string>;
  /** The threshold that was applied. */
  readonly threshold: number;
}

/**
 * Small-cell suppression of counts published together. Pure and deterministic.
 *
 * - **Primary**: every count from 1 to `threshold - 1` is hidden. Zero is published: it
 *   describes nobody, and hiding zeros would force hiding most cells of a small
 *   OCMW's tables.
 * - **Secondary**: more cells are hidden until no hidden count can be worked out from the
 *   visible cells and the constraints, neither by linear algebra (subtracting rows,
 *   columns and totals in any combination) nor from the fact that a hidden count is never
 *   zero (two hidden cells that must add up to 2 are both 1). Each extra cell is the
 *   smallest non-zero visible count of a relation that exposes a hidden one, so as little
 *   as possible is hidden. Zeros are never used as complements, which is what makes
 *   "hidden" imply "at least 1" above.
 *
 * Hide a rate or a mean whenever a count it is computed from is hidden.
 *
 * @example
 * ```ts
 * // Drop-outs by reason, with their total: one reason below 5 forces hiding a second cell.
 * const { hidden } = suppressCounts({
 *   cells: { work: 6, health: 2, other: 0, total: 8 },
 *   constraints: [{ total: "total", parts: ["work", "health", "other"] }],
 * });
 * [...hidden]; // ["health", "work"]
 * ```
 */
export function suppressCounts(system: CountSystem, options: SuppressionOptions = {}): Suppression {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 2)
    throw new RangeError(
      `The suppression threshold must be an integer of at least 2; it is ${threshold}.`,
    );
  const published = options.published ?? EMPTY;
  const withheld = options.withheld ?? EMPTY;
  const sensitive = options.sensitive;
  checkSystem(system, withheld);

  const primary = new Set<string>();
  const { cells } = system;
  for (const id of Object.keys(cells)) {
    const value = cells[id]!;
    if (value >= 1 && value < threshold && !published.has(id) && !withheld.has(id)) primary.add(id);
  }
  const hidden = new Set([...primary, ...withheld]);
  // A published cell is never a complement: it is visible elsewhere anyway.
  const candidates: Candidates = { cells, weights: system.weights, published };

  for (const component of components(system)) {
    const relationsOf = new Map<string, SumConstraint[]>();
    for (const relation of component)
      for (const id of [relation.total, ...relation.parts]) {
        const list = relationsOf.get(id);
        if (list === undefined) relationsOf.set(id, [relation]);
        else if (list[list.length - 1] !== relation) list.push(relation);
      }
    // Each pass hides at most one complement per relation, then checks again: hiding one
    // cell often protects several exposed ones at once.
    for (;;) {
      const exposed = exposedCells(component, system.cells, hidden);
      if (sensitive !== undefined)
        for (const cell of exposed)
          if (!sensitive.has(cell) && !primary.has(cell)) exposed.delete(cell);
      if (exposed.size === 0) break;
      const touched = new Set<SumConstraint>();
      let added = 0;
      for (const cell of [...exposed].sort(compareIds)) {
        const relations = relationsOf.get(cell) ?? [];
        if (relations.some((relation) => touched.has(relation))) continue;
        const choice = complement(relations, candidates, hidden);
        if (choice === undefined) continue;
        hidden.add(choice.cell);
        touched.add(choice.relation);
        added++;
      }
      if (added === 0) {
        // Every relation of the exposed cells is used up: fall back to any visible non-zero
        // cell of the component. Never reached with ordinary tables, but it guarantees the
        // loop ends, since with all non-zero cells hidden nothing can be worked out.
        const fallback = complement(component, candidates, hidden);
        if (fallback === undefined) break;
        hidden.add(fallback.cell);
      }
    }
  }
  return { hidden, primary, threshold };
}

const EMPTY: ReadonlySet<string> = new Set();

function checkSystem(system: CountSystem, unknown: ReadonlySet<string>): void {
  const { cells } = system;
  for (const id of Object.keys(cells)) {
    const value = cells[id]!;
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`Cell "${id}" must be a non-negative integer count; it is ${value}.`);
  }
  for (const constraint of system.constraints) {
    if (unknown.has(constraint.total) || constraint.parts.some((part) => unknown.has(part))) {
      for (const id of [constraint.total, ...constraint.parts])
        if (system.cells[id] === undefined) throw new RangeError(`Unknown cell "${id}".`);
      continue;
    }
    const total = system.cells[constraint.total];
    if (total === undefined) throw new RangeError(`Unknown total cell "${constraint.total}".`);
    let sum = 0;
    for (const part of constraint.parts) {
      const value = system.cells[part];
      if (value === undefined) throw new RangeError(`Unknown cell "${part}".`);
      sum += value;
    }
    if (sum !== total)
      throw new RangeError(
        `Cells [${constraint.parts.join(", ")}] add up to ${sum}, not to "${constraint.total}" (${total}).`,
      );
  }
}

/** Groups of relations that share cells: suppression in one cannot affect another. */
function components(system: CountSystem): SumConstraint[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let node = id;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const constraint of system.constraints) {
    const ids = [constraint.total, ...constraint.parts];
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    const root = find(constraint.total);
    for (const id of constraint.parts) parent.set(find(id), root);
  }
  const groups = new Map<string, SumConstraint[]>();
  for (const constraint of system.constraints) {
    const root = find(constraint.total);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [constraint]);
    else group.push(constraint);
  }
  return [...groups.values()];
}

/** Hidden cells a reader could work out, by linear algebra or by bounds. */
function exposedCells(
  relations: readonly SumConstraint[],
  cells: CountSystem["cells"],
  hidden: ReadonlySet<string>,
): Set<string> {
  return new Set([
    ...linearlyDetermined(relations, hidden),
    ...pinnedByBounds(relations, cells, hidden),
  ]);
}

/**
 * Hidden cells whose value follows from the relations, whatever the other hidden values:
 * those whose unit vector lies in the row space of the relations restricted to hidden
 * cells. In reduced row echelon form that is exactly a row with a single non-zero entry.
 * The rows are sparse and reduced shortest first, so a programme of many OCMWs, whose
 * relations are mostly small tables tied together by a few long totals, stays fast.
 */
function linearlyDetermined(
  relations: readonly SumConstraint[],
  hidden: ReadonlySet<string>,
): string[] {
  const columns = new Map<string, number>();
  const rows: Map<number, number>[] = [];
  for (const relation of relations) {
    const row = new Map<number, number>();
    const add = (id: string, coefficient: number) => {
      if (!hidden.has(id)) return;
      let column = columns.get(id);
      if (column === undefined) {
        column = columns.size;
        columns.set(id, column);
      }
      const value = (row.get(column) ?? 0) + coefficient;
      if (value === 0) row.delete(column);
      else row.set(column, value);
    };
    add(relation.total, -1);
    for (const part of relation.parts) add(part, 1);
    if (row.size > 0) rows.push(row);
  }
  if (columns.size === 0) return [];
  const ids = [...columns.keys()];
  const determined: string[] = [];
  for (const [column, row] of reducedRows(rows))
    if (row.size === 1) determined.push(ids[column] ?? "");
  return determined;
}

const EPSILON = 1e-9;

/**
 * Sparse Gauss-Jordan elimination: the rows in reduced row echelon form, by pivot
 * column. Each pivot column appears in its own row only. Rows are taken shortest first
 * and a row's pivot is its least-used column, which keeps the fill-in small.
 */
function reducedRows(rows: Map<number, number>[]): Map<number, Map<number, number>> {
  const pivots = new Map<number, Map<number, number>>();
  // For each column, the pivot rows (by pivot column) in which it appears.
  const usedIn = new Map<number, Set<number>>();
  const note = (column: number, pivot: number) => {
    let set = usedIn.get(column);
    if (set === undefined) {
      set = new Set();
      usedIn.set(column, set);
    }
    set.add(pivot);
  };
  for (const input of [...rows].sort((a, b) => a.size - b.size)) {
    const row = new Map(input);
    // Reduce by the existing pivots: a pivot row holds no other pivot column.
    for (const column of [...row.keys()]) {
      const factor = row.get(column);
      const pivotRow = pivots.get(column);
      if (factor === undefined || pivotRow === undefined) continue;
      for (const [c, v] of pivotRow) {
        const value = (row.get(c) ?? 0) - factor * v;
        if (Math.abs(value) < EPSILON) row.delete(c);
        else row.set(c, value);
      }
    }
    if (row.size === 0) continue;
    let pivot = -1;
    let uses = Number.POSITIVE_INFINITY;
    for (const column of row.keys()) {
      const n = usedIn.get(column)?.size ?? 0;
      if (n < uses || (n === uses && Math.abs(row.get(column)!) > Math.abs(row.get(pivot)!))) {
        pivot = column;
        uses = n;
      }
    }
    const scale = row.get(pivot)!;
    for (const [c, v] of row) row.set(c, v / scale);
    row.set(pivot, 1);
    // Clear the new pivot column from the earlier pivot rows.
    for (const other of [...(usedIn.get(pivot) ?? [])]) {
      const otherRow = pivots.get(other)!;
      const factor = otherRow.get(pivot)!;
      for (const [c, v] of row) {
        const value = (otherRow.get(c) ?? 0) - factor * v;
        if (Math.abs(value) < EPSILON || c === pivot) {
          otherRow.delete(c);
          usedIn.get(c)?.delete(other);
        } else {
          if (!otherRow.has(c)) note(c, other);
          otherRow.set(c, value);
        }
      }
    }
    usedIn.delete(pivot);
    pivots.set(pivot, row);
    for (const c of row.keys()) if (c !== pivot) note(c, pivot);
  }
  return pivots;
}

/**
 * Hidden cells pinned to one value by bounds: a hidden count is at least 1 (zeros are
 * always shown) and every count is at most what the visible totals leave. Interval
 * propagation over the relations until nothing changes finds chains such as "these two
 * reasons are at least 1 each, so their total is at least 2, and the row leaves at most
 * 2 for it", which no single relation shows.
 */
function pinnedByBounds(
  relations: readonly SumConstraint[],
  cells: CountSystem["cells"],
  hidden: ReadonlySet<string>,
): string[] {
  // A relation of visible cells alone bounds nothing that is not already known.
  const active = relations.filter(
    (r) => hidden.has(r.total) || r.parts.some((part) => hidden.has(part)),
  );
  const low = new Map<string, number>();
  const high = new Map<string, number>();
  const bound = (id: string) => {
    if (!low.has(id)) {
      const visible = !hidden.has(id);
      low.set(id, visible ? (cells[id] ?? 0) : 1);
      high.set(id, visible ? (cells[id] ?? 0) : Number.POSITIVE_INFINITY);
    }
  };
  for (const relation of active) {
    bound(relation.total);
    for (const part of relation.parts) bound(part);
  }
  // A worklist: a relation is looked at again only when a bound of one of its cells
  // changed. Bounds only tighten by whole counts, so this ends; the cap (500 looks per
  // relation, as many as 500 passes over all) keeps pathological cycles (bounds creeping
  // down by 1 at a time from large totals) cheap.
  const relationsOf = new Map<string, number[]>();
  active.forEach((relation, index) => {
    for (const id of [relation.total, ...relation.parts]) {
      const list = relationsOf.get(id);
      if (list === undefined) relationsOf.set(id, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const queued = new Uint8Array(active.length).fill(1);
  const queue = active.map((_, index) => index);
  const tighten = (id: string, lo: number, hi: number) => {
    let changed = false;
    if (lo > low.get(id)!) {
      low.set(id, lo);
      changed = true;
    }
    if (hi < high.get(id)!) {
      high.set(id, hi);
      changed = true;
    }
    if (changed)
      for (const index of relationsOf.get(id) ?? [])
        if (queued[index] === 0) {
          queued[index] = 1;
          queue.push(index);
        }
  };
  for (let head = 0, budget = 500 * active.length; head < queue.length && budget > 0; budget--) {
    const index = queue[head++]!;
    queued[index] = 0;
    const relation = active[index]!;
    let sumLow = 0;
    let sumHigh = 0;
    let unbounded = 0;
    for (const part of relation.parts) {
      sumLow += low.get(part)!;
      const hi = high.get(part)!;
      if (hi === Number.POSITIVE_INFINITY) unbounded++;
      else sumHigh += hi;
    }
    tighten(relation.total, sumLow, unbounded > 0 ? Number.POSITIVE_INFINITY : sumHigh);
    const totalLow = low.get(relation.total)!;
    const totalHigh = high.get(relation.total)!;
    for (const part of relation.parts) {
      const partHigh = high.get(part)!;
      const othersHigh =
        partHigh === Number.POSITIVE_INFINITY
          ? unbounded > 1
            ? Number.POSITIVE_INFINITY
            : sumHigh
          : unbounded > 0
            ? Number.POSITIVE_INFINITY
            : sumHigh - partHigh;
      const othersLow = sumLow - low.get(part)!;
      tighten(part, totalLow - othersHigh, totalHigh - othersLow);
    }
  }
  const pinned: string[] = [];
  for (const id of hidden) if (low.has(id) && low.get(id) === high.get(id)) pinned.push(id);
  return pinned;
}

/** The cells a complement is chosen among: every visible non-zero one not published elsewhere. */
interface Candidates {
  readonly cells: CountSystem["cells"];
  readonly weights: CountSystem["weights"];
  readonly published: ReadonlySet<string>;
}

/** The visible non-zero cell to hide: least cost (weighted count) first, a part before a total. */
function complement(
  relations: readonly SumConstraint[],
  { cells, weights, published }: Candidates,
  hidden: ReadonlySet<string>,
): { cell: string; relation: SumConstraint } | undefined {
  let best: SumConstraint["total"] | undefined;
  let bestRelation: SumConstraint | undefined;
  let bestCost = 0;
  let bestIsTotal = 0;
  for (const relation of relations) {
    const { parts } = relation;
    // The parts, then the total (index parts.length): a part wins a tie with a total.
    for (let k = 0; k <= parts.length; k++) {
      const isTotal = k === parts.length ? 1 : 0;
      const cell = isTotal === 1 ? relation.total : parts[k]!;
      const value = cells[cell] ?? 0;
      if (hidden.has(cell) || value === 0 || published.has(cell)) continue;
      const cost = value * (weights?.[cell] ?? 1);
      if (
        best === undefined ||
        cost < bestCost ||
        (cost === bestCost &&
          (isTotal < bestIsTotal || (isTotal === bestIsTotal && compareIds(cell, best) < 0)))
      ) {
        best = cell;
        bestRelation = relation;
        bestCost = cost;
        bestIsTotal = isTotal;
      }
    }
  }
  return best === undefined ? undefined : { cell: best, relation: bestRelation! };
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
