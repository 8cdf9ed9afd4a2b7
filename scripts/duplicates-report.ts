/**
 * The measure of issue #13's "code written twice": runs the `duplicates` tool over the
 * tree with the issue's exclusions and sorts every pair it lists into logic or data, so
 * the count is reproducible. `pnpm duplicates:report` prints the table;
 * `--check` also fails (exit 1) when more logic pairs than the limit remain or a pair
 * matches no rule below. What counts, and why, is in docs/decisions.md ("Code written
 * twice: logic and data").
 *
 * The tool is a command of the developers' machines, not a dependency of the kit: where it
 * is missing this script says so and exits 2.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Issue #13: at most this many pairs of places that share six or more lines of logic. */
const LOGIC_LIMIT = 15;

const root = fileURLToPath(new URL("..", import.meta.url));

// Left out before the tool reads the tree: they are written by scripts (and checked for
// staleness), so a repetition there is the generator's, counted once in its source.
const GENERATED = [/(^|\/)generated\//, /^packages\/documents\/golden\//];

// A pair of two tests is left out too (tests spell out their cases on purpose). Test
// helpers and the files under test/ are tests; benches are not.
const TEST = /(\.test(-d)?\.ts$|\.test-helper\.ts$|\/_test-[^/]*\.ts$|(^|\/)test\/)/;

/** One row of the tool: two places, and how they are alike. */
interface Pair {
  readonly id: string;
  readonly a: Place;
  readonly b: Place;
  /** No run of the pair is the same to the letter. */
  readonly shape: boolean;
  /** The tool's mark: mostly punctuation, keywords or a shape common across a folder. */
  readonly boilerplate: boolean;
}

interface Place {
  readonly path: string;
  readonly from: number;
  readonly to: number;
}

type Kind = "logic" | "data";

/**
 * A reviewed kind of pair. A rule matches when both places' paths match (in either order)
 * and, when given, the text of both places matches `text`.
 */
interface Rule {
  readonly kind: Kind;
  readonly why: string;
  readonly paths: readonly [RegExp, RegExp];
  readonly text?: (lines: readonly string[]) => boolean;
}

const anyPath = /./;
const every =
  (re: RegExp, least = 1) =>
  (lines: readonly string[]) =>
    lines.filter((line) => re.test(line)).length >= least * lines.length;

// A line of a table of words: a key with labels in the four languages (object or array),
// a labels()/named() call or one of its strings, a message, or the punctuation between.
const LABEL_LINE =
  /\b(nl|fr|de|en): |labels\(|named\(|termHeading\(|^\s*[\w$]+: \[?"|^\s*[\w$]+: \{ [\w$]+: "|^\s*[\w$]+: \([\w, ]*\) =>|^\s*[[{(]$|^\s*"[^"]*",?$|^\s*`[^`]*`,?$|^\s*[\w$]+: [[{(]?$|^\s*[\]})]+[,;]?$|^\s*code: "|^\s*\{ code: "|defineVocabulary\(|= CodeOf<typeof \w+>;$/;

// A line of a list of names: an import or export statement or one name of it.
const NAME_LINE =
  /^\s*(export|import)\b.*\bfrom "[^"]+";$|^\s*(export|import)( type)? \{$|^\s*(type )?[\w$]+( as [\w$]+)?,$|^\s*\} from "[^"]+";$/;

// Data: the same shape filled with other words. Turning these into code (a loop over a
// table of tables) would hide the words a translator or a reviewer reads. The first rule
// that matches decides.
const RULES: readonly Rule[] = [
  {
    kind: "data",
    why: "a list of names imported or exported (a public index, an import block)",
    paths: [anyPath, anyPath],
    text: every(NAME_LINE, 0.9),
  },
  {
    kind: "data",
    why: "words in four languages (vocabulary terms, messages, a rule's title and text)",
    paths: [anyPath, anyPath],
    text: every(LABEL_LINE, 0.9),
  },
  {
    kind: "data",
    why: "a code table: the vendor's codes to the kit's",
    paths: [
      /^templates\/vendor-starter\/src\/adapter\.ts$/,
      /^templates\/vendor-starter\/src\/adapter\.ts$/,
    ],
  },
  {
    kind: "data",
    why: "a type's fields (a union of block kinds, a record's shape)",
    paths: [anyPath, anyPath],
    text: every(/^\s*(readonly |\| \{|\}\[\];|\}$|export interface [^=]*\{$)/, 0.9),
  },
  {
    kind: "data",
    why: "method references: which document and section a requirement cites",
    paths: [
      /^packages\/conformance\/src\/requirements\.ts$/,
      /^packages\/conformance\/src\/requirements\.ts$/,
    ],
  },
  {
    kind: "data",
    why: "database migrations (SQL text)",
    paths: [
      /^examples\/case-manager-app\/src\/db\/schema\.ts$/,
      /^examples\/case-manager-app\/src\/db\/schema\.ts$/,
    ],
  },
  {
    kind: "data",
    why: "the statechart's configuration: states, events and their targets",
    paths: [/^packages\/trajectory\/src\/machine\.ts$/, /^packages\/trajectory\/src\/machine\.ts$/],
  },
  {
    kind: "data",
    why: "a document's data schema ending where its message table starts",
    paths: [/^packages\/documents\/src\/templates\//, /^packages\/documents\/src\/templates\//],
    text: (lines) => lines.some((line) => /defineMessages\(\{/.test(line)),
  },
  {
    kind: "data",
    why: "a table block's column heads and rows, each from its own fields",
    paths: [/^packages\/documents\/src\/templates\//, /^packages\/documents\/src\/templates\//],
    text: (lines) => lines.some((line) => /^\s*(head: \[|ctx\.t\("\w+Column"\),)$/.test(line)),
  },
  {
    kind: "data",
    why: "a chart's layout constants and signature, then the one shared chartFrame call",
    paths: [
      /^packages\/evaluation\/src\/[\w-]+-chart\.ts$/,
      /^packages\/evaluation\/src\/[\w-]+-chart\.ts$/,
    ],
    text: (lines) => lines.some((line) => /chartFrame\(/.test(line)),
  },
  {
    kind: "data",
    why: "the command line's help or the conformance findings, one typed table per language",
    paths: [
      /^packages\/(cli\/src\/_help-messages|conformance\/src\/_finding-messages)\.ts$/,
      /^packages\/(cli\/src\/_help-messages|conformance\/src\/_finding-messages)\.ts$/,
    ],
  },
  {
    kind: "data",
    why: "a prompt's question and its choices",
    paths: [
      /^packages\/create-miriam\/src\/_prompts\.ts$/,
      /^packages\/create-miriam\/src\/_prompts\.ts$/,
    ],
    text: (lines) => lines.some((line) => /^\s*message: "/.test(line)),
  },
  // Logic kept on purpose: each says why one piece of code would not serve both.
  {
    kind: "logic",
    why: "two seeded generators for two measurements (long trajectories to replay; a programme's shape for reports), on either side of trajectory ← evaluation: sharing means a public generator in a lower package",
    paths: [
      /^packages\/evaluation\/src\/synthetic-programme\.ts$/,
      /^packages\/trajectory\/bench\/_programme-log\.ts$/,
    ],
  },
  {
    kind: "logic",
    why: "the resolution of corrections and voids, once for a trajectory's log and once for a group's: the shared pieces (which fields a correction may set, how they apply) are one module; the loops differ in the envelope they read (trajectoryId or groupId) and what they refuse",
    paths: [
      /^packages\/trajectory\/src\/corrections\.ts$/,
      /^packages\/trajectory\/src\/group-corrections\.ts$/,
    ],
  },
  {
    kind: "logic",
    why: "the line splitter's two loops, one for text chunks and one for byte chunks: one loop over both would test the chunk's type per line and lose V8's single-type fast path, which the 50 MB line's time target depends on (docs/decisions.md, the event log)",
    paths: [
      /^packages\/schemas\/src\/validation\/json-lines\.ts$/,
      /^packages\/schemas\/src\/validation\/json-lines\.ts$/,
    ],
    text: (lines) =>
      lines.some((line) => /pieces\.push\(chunk\.(slice|subarray)\(start\)\)/.test(line)),
  },
  {
    kind: "logic",
    why: "the group page's two lists of corrected entries, its sessions as a table and its chosen topics as a list: both open with the same reading of the corrected log (amendmentsOf, shared), then draw different rows",
    paths: [
      /^examples\/case-manager-app\/src\/web\/group-corrections\.ts$/,
      /^examples\/case-manager-app\/src\/web\/group-corrections\.ts$/,
    ],
    text: (lines) => lines.some((line) => line.includes("amendmentsOf(events)")),
  },
  {
    kind: "data",
    why: "an example event (a fixture) spelled out in a bench and in a test",
    paths: [/^examples\/case-manager-app\/bench\//, /^examples\/case-manager-app\/test\//],
  },
];

function isTest(path: string): boolean {
  return TEST.test(path);
}

function trackedFiles(): string[] {
  const out = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return out.split("\0").filter((path) => path !== "");
}

// The tool reads whatever git tracks below --repo; outside a checkout, every file. A copy
// without the generated files is therefore the way to leave them out before it pairs.
function copyWithoutGenerated(): string {
  const copy = mkdtempSync(join(tmpdir(), "miriam-duplicates-"));
  for (const path of trackedFiles()) {
    if (GENERATED.some((re) => re.test(path))) continue;
    const target = join(copy, path);
    mkdirSync(dirname(target), { recursive: true });
    try {
      copyFileSync(join(root, path), target);
    } catch {
      // Deleted in the working tree but not yet in the index: nothing to read.
    }
  }
  return copy;
}

function runTool(repo: string): string {
  try {
    return execFileSync(
      "duplicates",
      ["--repo", repo, "--most", "200", "--seconds", "100", "--min-lines", "6"],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      console.error("The `duplicates` command is not installed here: nothing to measure.");
      process.exit(2);
    }
    throw error;
  }
}

const ROW = /^(D\d+) (\S+):(\d+)-(\d+) ~ (\S+):(\d+)-(\d+)(.*)$/;

function parse(output: string): { pairs: Pair[]; notes: string[] } {
  const pairs: Pair[] = [];
  const notes: string[] = [];
  for (const line of output.split("\n")) {
    const row = ROW.exec(line);
    if (row) {
      const [, id, pa, fa, ta, pb, fb, tb, rest] = row as unknown as string[];
      pairs.push({
        id: id as string,
        a: { path: pa as string, from: Number(fa), to: Number(ta) },
        b: { path: pb as string, from: Number(fb), to: Number(tb) },
        shape: /\bshape\b/.test(rest as string),
        boilerplate: /\bboilerplate\b/.test(rest as string),
      });
    } else if (/^\(\+\d+ more pairs\)|^incomplete:|^left out:/.test(line)) {
      notes.push(line);
    }
  }
  return { pairs, notes };
}

const fileLines = new Map<string, string[]>();
function linesOf({ path, from, to }: Place): string[] {
  let lines = fileLines.get(path);
  if (!lines) {
    lines = readFileSync(join(root, path), "utf8").split("\n");
    fileLines.set(path, lines);
  }
  return lines
    .slice(from - 1, to)
    .filter((line) => line.trim() !== "" && !/^\s*(\/\/|\*|\/\*\*)/.test(line));
}

function classify(pair: Pair): { kind: Kind | "unreviewed"; why: string } {
  for (const rule of RULES) {
    const [ra, rb] = rule.paths;
    const paths =
      (ra.test(pair.a.path) && rb.test(pair.b.path)) ||
      (ra.test(pair.b.path) && rb.test(pair.a.path));
    if (!paths) continue;
    if (rule.text && !(rule.text(linesOf(pair.a)) && rule.text(linesOf(pair.b)))) continue;
    return { kind: rule.kind, why: rule.why };
  }
  return { kind: "unreviewed", why: "no rule: read it, then refactor it or add a rule" };
}

const place = ({ path, from, to }: Place) => `${path}:${from}-${to}`;

const check = process.argv.includes("--check");
const copy = copyWithoutGenerated();
let output: string;
try {
  output = runTool(copy);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
const { pairs, notes } = parse(output);
const testPairs = pairs.filter((p) => isTest(p.a.path) && isTest(p.b.path));
const rest = pairs.filter((p) => !(isTest(p.a.path) && isTest(p.b.path)));
const boilerplate = rest.filter((p) => p.boilerplate);
const counted = rest.filter((p) => !p.boilerplate).map((p) => ({ ...p, ...classify(p) }));
// Not counted, but a pair of real logic can hide behind the mark: list the ones no data
// rule explains, to be read.
const boilerplateToRead = boilerplate
  .map((p) => ({ ...p, ...classify(p) }))
  .filter((p) => p.kind !== "data");
const logic = counted.filter((p) => p.kind !== "data");

for (const p of counted) {
  console.log(
    `${p.kind.padEnd(10)} ${p.id} ${place(p.a)} ~ ${place(p.b)}${p.shape ? " shape" : ""}`,
  );
  console.log(`           ${p.why}`);
}
if (process.argv.includes("--boilerplate")) {
  console.log("\nboilerplate pairs that match no data rule (not counted; read them):");
  for (const p of boilerplateToRead) console.log(`  ${p.id} ${place(p.a)} ~ ${place(p.b)}`);
}
console.log(
  [
    "",
    `pairs the tool lists (generated files and goldens left out): ${pairs.length}`,
    `  left out as pairs of tests: ${testPairs.length}`,
    `  left out as boilerplate (the tool's mark): ${boilerplate.length}, of which ${boilerplateToRead.length} match no data rule (--boilerplate lists them)`,
    `  counted: ${counted.length}, of which data ${counted.length - logic.length}, logic ${logic.length} (limit ${LOGIC_LIMIT})`,
    ...notes,
  ].join("\n"),
);
if (check && logic.length > LOGIC_LIMIT) {
  console.error(`More than ${LOGIC_LIMIT} pairs of places share logic: refactor one.`);
  process.exitCode = 1;
}
if (check && logic.some((p) => p.kind === "unreviewed")) {
  console.error("A pair matches no rule: refactor it, or add a rule when it is data.");
  process.exitCode = 1;
}
