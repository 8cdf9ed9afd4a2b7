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
  checkSystem(system);

  const primary = new Set<string>();
  for (const [id, value] of Object.entries(system.cells))
    if (value >= 1 && value < threshold) primary.add(id);
  const hidden = new Set(primary);

  for (const component of components(system)) {
    // Each pass hides at most one complement per relation, then checks again: hiding one
    // cell often protects several exposed ones at once.
    for (;;) {
      const exposed = exposedCells(component, system.cells, hidden);
      if (exposed.size === 0) break;
      const touched = new Set<SumConstraint>();
      let added = 0;
      for (const cell of [...exposed].sort(compareIds)) {
        const relations = component.filter((c) => c.total === cell || c.parts.includes(cell));
        if (relations.some((relation) => touched.has(relation))) continue;
        const choice = complement(relations, system, hidden);
        if (choice === undefined) continue;
        hidden.add(choice.cell);
        touched.add(choice.relation);
        added++;
      }
      if (added === 0) {
        // Every relation of the exposed cells is used up: fall back to any visible non-zero
        // cell of the component. Never reached with ordinary tables, but it guarantees the
        // loop ends, since with all non-zero cells hidden nothing can be worked out.
        const fallback = complement(component, system, hidden);
        if (fallback === undefined) break;
        hidden.add(fallback.cell);
      }
    }
  }
  return { hidden, primary, threshold };
}

function checkSystem(system: CountSystem): void {
  for (const [id, value] of Object.entries(system.cells))
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`Cell "${id}" must be a non-negative integer count; it is ${value}.`);
  for (const constraint of system.constraints) {
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
      row.set(column, (row.get(column) ?? 0) + coefficient);
    };
    add(relation.total, -1);
    for (const part of relation.parts) add(part, 1);
    if (row.size > 0) rows.push(row);
  }
  const width = columns.size;
  if (width === 0) return [];
  const matrix = rows.map((row) => {
    const dense = new Float64Array(width);
    for (const [column, value] of row) dense[column] = value;
    return dense;
  });
  const pivotRows = reducedRowEchelon(matrix, width);
  const ids = [...columns.keys()];
  const determined: string[] = [];
  for (const row of pivotRows) {
    let only = -1;
    let count = 0;
    for (let column = 0; column < width; column++) {
      if (Math.abs(row[column] ?? 0) > EPSILON) {
        count++;
        only = column;
        if (count > 1) break;
      }
    }
    if (count === 1) determined.push(ids[only] ?? "");
  }
  return determined;
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
  const low = new Map<string, number>();
  const high = new Map<string, number>();
  const bound = (id: string) => {
    if (!low.has(id)) {
      const visible = !hidden.has(id);
      low.set(id, visible ? (cells[id] ?? 0) : 1);
      high.set(id, visible ? (cells[id] ?? 0) : Number.POSITIVE_INFINITY);
    }
  };
  for (const relation of relations) {
    bound(relation.total);
    for (const part of relation.parts) bound(part);
  }
  // Bounds only tighten by whole counts, so this ends; the cap keeps pathological
  // cycles (bounds creeping down by 1 per pass from large totals) cheap.
  for (let pass = 0, changed = true; changed && pass < 500; pass++) {
    changed = false;
    const tighten = (id: string, lo: number, hi: number) => {
      if (lo > low.get(id)!) {
        low.set(id, lo);
        changed = true;
      }
      if (hi < high.get(id)!) {
        high.set(id, hi);
        changed = true;
      }
    };
    for (const relation of relations) {
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
  }
  const pinned: string[] = [];
  for (const id of hidden) if (low.has(id) && low.get(id) === high.get(id)) pinned.push(id);
  return pinned;
}

const EPSILON = 1e-9;

/** Gauss-Jordan elimination with partial pivoting; returns the non-zero rows. */
function reducedRowEchelon(matrix: Float64Array[], width: number): Float64Array[] {
  let rank = 0;
  for (let column = 0; column < width && rank < matrix.length; column++) {
    let best = rank;
    for (let r = rank + 1; r < matrix.length; r++)
      if (Math.abs(matrix[r]![column]!) > Math.abs(matrix[best]![column]!)) best = r;
    const pivotValue = matrix[best]![column]!;
    if (Math.abs(pivotValue) < EPSILON) continue;
    [matrix[rank], matrix[best]] = [matrix[best]!, matrix[rank]!];
    const pivot = matrix[rank]!;
    for (let c = column; c < width; c++) pivot[c] = pivot[c]! / pivotValue;
    for (let r = 0; r < matrix.length; r++) {
      if (r === rank) continue;
      const row = matrix[r]!;
      const factor = row[column]!;
      if (Math.abs(factor) < EPSILON) continue;
      for (let c = column; c < width; c++) row[c] = row[c]! - factor * pivot[c]!;
      row[column] = 0;
    }
    rank++;
  }
  return matrix.slice(0, rank);
}

/** The visible non-zero cell to hide: least cost (weighted count) first, a part before a total. */
function complement(
  relations: readonly SumConstraint[],
  { cells, weights }: CountSystem,
  hidden: ReadonlySet<string>,
): { cell: string; relation: SumConstraint } | undefined {
  let best: { cell: string; relation: SumConstraint; rank: [number, number] } | undefined;
  for (const relation of relations) {
    const candidates: [string, number][] = [
      ...relation.parts.map((part): [string, number] => [part, 0]),
      [relation.total, 1],
    ];
    for (const [cell, isTotal] of candidates) {
      const value = cells[cell] ?? 0;
      if (hidden.has(cell) || value === 0) continue;
      const rank: [number, number] = [value * (weights?.[cell] ?? 1), isTotal];
      if (
        best === undefined ||
        rank[0] < best.rank[0] ||
        (rank[0] === best.rank[0] &&
          (rank[1] < best.rank[1] || (rank[1] === best.rank[1] && compareIds(cell, best.cell) < 0)))
      )
        best = { cell, relation, rank };
    }
  }
  return best && { cell: best.cell, relation: best.relation };
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
