import type { CountSystem, SumConstraint } from "../src/suppression";

// The attacker is written independently of the implementation: exact rational
// arithmetic on the rank of the relations (not floating-point row reduction), repeated
// subtraction, and a brute-force search over integer values for small tables.

type Fraction = readonly [bigint, bigint];
const fraction = (n: bigint, d = 1n): Fraction => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n < 0n ? -n : n, d);
  return g === 0n ? [0n, 1n] : [n / g, d / g];
};
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const sub = (a: Fraction, b: Fraction) => fraction(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
const mul = (a: Fraction, b: Fraction) => fraction(a[0] * b[0], a[1] * b[1]);
const div = (a: Fraction, b: Fraction) => fraction(a[0] * b[1], a[1] * b[0]);

function rank(rows: Fraction[][]): number {
  const m = rows.map((row) => [...row]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c]![0] !== 0n);
    if (p === -1) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = r + 1; i < m.length; i++) {
      const factor = div(m[i]![c]!, m[r]![c]!);
      m[i] = m[i]!.map((value, j) => sub(value, mul(factor, m[r]![j]!)));
    }
    r++;
  }
  return r;
}

/**
 * Hidden cells whose value is fixed by the relations alone (any real values of the
 * others): those whose unit vector adds nothing to the rank of the relations. Relations
 * are split into groups that share no hidden cell, so big reports stay fast.
 */
export function linearlyDerivable(system: CountSystem, hidden: ReadonlySet<string>): string[] {
  const groups = hiddenGroups(system, hidden);
  const derived: string[] = [];
  for (const { unknowns, relations } of groups.values()) {
    const rows = relations.map((c) =>
      unknowns.map((id) =>
        fraction(BigInt(c.parts.filter((p) => p === id).length - (c.total === id ? 1 : 0))),
      ),
    );
    const base = rank(rows);
    unknowns.forEach((id, i) => {
      const unit = unknowns.map((__, j) => fraction(i === j ? 1n : 0n));
      if (rank([...rows, unit]) === base) derived.push(id);
    });
  }
  return derived;
}

/** What a reader gets by subtracting visible cells from visible totals, over and over. */
export function derivableBySubtraction(system: CountSystem, hidden: ReadonlySet<string>): string[] {
  const known = new Set(Object.keys(system.cells).filter((id) => !hidden.has(id)));
  const derived: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of system.constraints) {
      const unknown = [c.total, ...c.parts].filter((id) => !known.has(id));
      if (unknown.length === 1) {
        known.add(unknown[0]!);
        derived.push(unknown[0]!);
        changed = true;
      }
    }
  }
  return derived;
}

/**
 * Every integer assignment of the hidden cells, each at least 1 (zeros are always shown,
 * so a reader knows a hidden count is not zero), that satisfies the relations. Returns
 * the hidden cells that take a single value in all of them; undefined when too big.
 */
export function derivableByEnumeration(
  system: CountSystem,
  hidden: ReadonlySet<string>,
): string[] | undefined {
  const unknowns = [...hidden];
  // One above the largest true count, so that a reader is never "told" an upper bound.
  const max = Math.max(0, ...Object.values(system.cells)) + 1;
  if (unknowns.length > 7 || max ** unknowns.length > 1e6) return undefined;
  const seen = unknowns.map(() => new Set<number>());
  const values: Record<string, number> = { ...system.cells };
  const consistent = (c: SumConstraint) =>
    c.parts.reduce((sum, p) => sum + values[p]!, 0) === values[c.total];
  const visit = (i: number): void => {
    if (i === unknowns.length) {
      if (system.constraints.every(consistent))
        for (const [j, id] of unknowns.entries()) seen[j]!.add(values[id]!);
      return;
    }
    for (let v = 1; v <= max; v++) {
      values[unknowns[i]!] = v;
      visit(i + 1);
    }
  };
  visit(0);
  return unknowns.filter((_, j) => seen[j]!.size === 1);
}

/** A table with row totals, column totals and a grand total, as reports publish them. */
export function table(name: string, values: number[][]): CountSystem {
  const cells: Record<string, number> = {};
  const constraints: SumConstraint[] = [];
  const columns = values[0]?.length ?? 0;
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      cells[`${name}:${r}:${c}`] = value;
    });
    cells[`${name}:${r}:total`] = row.reduce((a, b) => a + b, 0);
    constraints.push({
      total: `${name}:${r}:total`,
      parts: row.map((_, c) => `${name}:${r}:${c}`),
    });
  });
  for (let c = 0; c < columns; c++) {
    cells[`${name}:total:${c}`] = values.reduce((a, row) => a + row[c]!, 0);
    constraints.push({
      total: `${name}:total:${c}`,
      parts: values.map((_, r) => `${name}:${r}:${c}`),
    });
  }
  cells[`${name}:total:total`] = values.flat().reduce((a, b) => a + b, 0);
  constraints.push({
    total: `${name}:total:total`,
    parts: values.map((_, r) => `${name}:${r}:total`),
  });
  constraints.push({
    total: `${name}:total:total`,
    parts: Array.from({ length: columns }, (_, c) => `${name}:total:${c}`),
  });
  return { cells, constraints };
}

const PRIME = 2_147_483_647n;

/**
 * {@link linearlyDerivable} for systems too big for rational arithmetic (a programme of
 * many OCMWs): the same question, answered over the integers modulo a large prime with
 * one reduced row echelon form per group of linked hidden cells. A hidden cell is fixed
 * exactly when its column is a pivot whose row has no other entry. Exact arithmetic
 * (bigint), dense matrices, column order: independent of the sparse floating-point
 * elimination of the implementation.
 */
export function linearlyDerivableModular(
  system: CountSystem,
  hidden: ReadonlySet<string>,
): string[] {
  const groups = hiddenGroups(system, hidden);
  const mod = (n: bigint) => ((n % PRIME) + PRIME) % PRIME;
  const inverse = (a: bigint) => {
    let [result, base, exponent] = [1n, mod(a), PRIME - 2n];
    while (exponent > 0n) {
      if (exponent & 1n) result = (result * base) % PRIME;
      base = (base * base) % PRIME;
      exponent >>= 1n;
    }
    return result;
  };
  const derived: string[] = [];
  for (const { unknowns, relations } of groups.values()) {
    const column = new Map(unknowns.map((id, i) => [id, i]));
    const m = relations.map((c) => {
      const row = new Array<bigint>(unknowns.length).fill(0n);
      if (column.has(c.total)) row[column.get(c.total)!] = mod(row[column.get(c.total)!]! - 1n);
      for (const p of c.parts)
        if (column.has(p)) row[column.get(p)!] = mod(row[column.get(p)!]! + 1n);
      return row;
    });
    const pivotOf: number[] = [];
    let r = 0;
    for (let c = 0; c < unknowns.length && r < m.length; c++) {
      const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
      if (p === -1) continue;
      [m[r], m[p]] = [m[p]!, m[r]!];
      const inv = inverse(m[r]![c]!);
      m[r] = m[r]!.map((v) => (v * inv) % PRIME);
      for (let i = 0; i < m.length; i++) {
        if (i === r || m[i]![c] === 0n) continue;
        const factor = m[i]![c]!;
        m[i] = m[i]!.map((v, j) => mod(v - factor * m[r]![j]!));
      }
      pivotOf[r] = c;
      r++;
    }
    for (let i = 0; i < r; i++)
      if (m[i]!.filter((v) => v !== 0n).length === 1) derived.push(unknowns[pivotOf[i]!]!);
  }
  return derived;
}

/** The hidden cells in groups that share no relation, each with its relations. */
function hiddenGroups(
  system: CountSystem,
  hidden: ReadonlySet<string>,
): Map<string, { unknowns: string[]; relations: SumConstraint[] }> {
  const relevant = system.constraints.filter((c) =>
    [c.total, ...c.parts].some((id) => hidden.has(id)),
  );
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    while (parent.get(id) !== id) id = parent.get(id)!;
    return id;
  };
  for (const id of hidden) parent.set(id, id);
  for (const c of relevant) {
    const ids = [c.total, ...c.parts].filter((id) => hidden.has(id));
    for (const id of ids.slice(1)) parent.set(find(id), find(ids[0]!));
  }
  const groups = new Map<string, { unknowns: string[]; relations: SumConstraint[] }>();
  for (const id of hidden) {
    const root = find(id);
    if (!groups.has(root)) groups.set(root, { unknowns: [], relations: [] });
    groups.get(root)!.unknowns.push(id);
  }
  for (const c of relevant) {
    const first = [c.total, ...c.parts].find((id) => hidden.has(id))!;
    groups.get(find(first))!.relations.push(c);
  }
  return groups;
}
