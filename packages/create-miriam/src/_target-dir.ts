import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  rmSync,
  type Stats,
  writeFileSync,
} from "node:fs";
import { isAbsolute, join, parse, relative, resolve, sep } from "node:path";
import { counted } from "./_messages";
import { ScaffoldError } from "./errors";

// Every write goes through this module so that the promise "never writes outside the
// target, never through a symbolic link" is kept in one place: names come from answers
// (group ids, languages) and from template trees, and either could carry a '..' or a link.

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Entries of a directory that count as content: a `.git` alone leaves it "empty". */
function contentEntries(directory: string): string[] {
  return readdirSync(directory).filter((entry) => entry !== ".git");
}

/**
 * Refuses a target reached through a symbolic link: every directory on the way to it,
 * from `base` (the working directory) when it lies below, otherwise from the filesystem
 * root, so `link/project` and `/some/link/project` are refused. Creating the target with
 * `mkdir -p` would otherwise follow such a link and write wherever it points.
 */
function refuseLinksOnTheWay(root: string, base: string): void {
  const absolute = resolve(base, root);
  const below = relative(base, absolute);
  const start =
    below === "" || below === ".." || below.startsWith(`..${sep}`) || isAbsolute(below)
      ? parse(absolute).root
      : base;
  let current = start;
  for (const segment of relative(start, absolute)
    .split(sep)
    .filter((s) => s !== "")) {
    current = join(current, segment);
    const stats = lstatOrUndefined(current);
    if (stats === undefined) return;
    if (stats.isSymbolicLink())
      throw new ScaffoldError(
        "symlink",
        current === absolute
          ? `${root} is a symbolic link. Give the real directory it points to, or another name.`
          : `${root} passes through ${current}, a symbolic link. Give the real path, without links.`,
      );
  }
}

/**
 * Checks the target and makes it ready: creates it when missing; refuses a target that
 * is, or passes through, a symbolic link, one whose `.git` is a link, or a file; refuses
 * a non-empty directory unless `overwrite`, which empties it but keeps `.git` (links
 * inside are removed, never followed).
 */
export function prepareTarget(root: string, overwrite: boolean, base = process.cwd()): void {
  refuseLinksOnTheWay(root, base);
  const stats = lstatOrUndefined(root);
  if (stats === undefined) {
    mkdirSync(root, { recursive: true });
    return;
  }
  if (!stats.isDirectory())
    throw new ScaffoldError(
      "not-a-directory",
      `${root} exists and is not a directory. Choose another name.`,
    );
  // git would write through it (init, hooks) to wherever it points.
  if (lstatOrUndefined(join(root, ".git"))?.isSymbolicLink())
    throw new ScaffoldError(
      "symlink",
      `${join(root, ".git")} is a symbolic link. Remove it or choose another directory.`,
    );
  const entries = contentEntries(root);
  if (entries.length === 0) return;
  if (!overwrite)
    throw new ScaffoldError(
      "not-empty",
      `${root} is not empty (${counted("entries", "en", entries.length)}). Choose an empty or new directory, or pass --overwrite to empty it first (its .git is kept).`,
    );
  for (const entry of entries) rmSync(join(root, entry), { recursive: true, force: true });
}

/**
 * Writes files under one root directory and refuses any path that would leave it: an
 * absolute path, a `..` segment, or an existing symbolic link on the way.
 */
export class TargetWriter {
  /** Files written, relative to the root, with `/` separators, in writing order. */
  readonly files: string[] = [];

  constructor(readonly root: string) {}

  /** The absolute path of a relative path under the root, after every check. */
  private pathOf(relativePath: string): string {
    const segments = relativePath.split(/[\\/]+/).filter((segment) => segment !== "");
    if (isAbsolute(relativePath) || segments.includes("..") || segments.length === 0)
      throw new ScaffoldError(
        "path-escape",
        `Refused to write "${relativePath}": every file must stay inside ${this.root}.`,
      );
    const full = resolve(this.root, ...segments);
    const rel = relative(this.root, full);
    if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel))
      throw new ScaffoldError(
        "path-escape",
        `Refused to write "${relativePath}": every file must stay inside ${this.root}.`,
      );
    let current = this.root;
    for (const [index, segment] of segments.entries()) {
      current = join(current, segment);
      const stats = lstatOrUndefined(current);
      if (stats?.isSymbolicLink())
        throw new ScaffoldError(
          "symlink",
          `Refused to write "${relativePath}": ${current} is a symbolic link, which the scaffold never follows.`,
        );
      if (stats === undefined && index < segments.length - 1) mkdirSync(current);
    }
    return full;
  }

  /** Writes a text file (UTF-8), creating its directories. */
  write(relativePath: string, content: string): void {
    writeFileSync(this.pathOf(relativePath), content);
    this.record(relativePath);
  }

  /**
   * Copies a template directory into the root: `_gitignore` becomes `.gitignore` (npm
   * drops `.gitignore` from published packages), names in `skip` and symbolic links are
   * left out (a link in a template could point anywhere on the user's disk).
   */
  copyDirectory(source: string, skip: ReadonlySet<string>, into = ""): void {
    for (const entry of readdirSync(source, { withFileTypes: true })) {
      if (skip.has(entry.name) || entry.isSymbolicLink()) continue;
      const name = entry.name === "_gitignore" ? ".gitignore" : entry.name;
      const target = into === "" ? name : `${into}/${name}`;
      if (entry.isDirectory()) this.copyDirectory(join(source, entry.name), skip, target);
      else if (entry.isFile()) {
        copyFileSync(join(source, entry.name), this.pathOf(target));
        this.record(target);
      }
    }
  }

  private readonly seen = new Set<string>();

  private record(relativePath: string): void {
    const normalised = relativePath.split(/[\\/]+/).join("/");
    if (this.seen.has(normalised)) return;
    this.seen.add(normalised);
    this.files.push(normalised);
  }
}
