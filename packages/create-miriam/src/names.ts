import { basename } from "node:path";

// npm's rules for a new package name (validate-npm-package-name, "validForNewPackages"),
// written out so the published CLI has no runtime dependency.
const PACKAGE_NAME = /^(?:@[a-z0-9-*~][a-z0-9-*._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
const RESERVED_PACKAGE_NAMES = new Set(["node_modules", "favicon.ico"]);
// Names that Windows refuses for a file or folder, whatever the extension.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Why a name is not a valid name for a new npm package, or an empty list when it is.
 * Follows npm's rules: lowercase, URL-safe, at most 214 characters, optionally scoped
 * (`@vendor/miriam-adapter`). Pure.
 *
 * @example
 * ```ts
 * packageNameProblems("My Adapter"); // ["use lowercase letters only", "use only letters, digits, '-', '.', '_' and '~' (and one '@scope/')"]
 * ```
 */
export function packageNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length === 0) return ["give a name"];
  if (name.length > 214) problems.push("use at most 214 characters");
  if (name !== name.toLowerCase()) problems.push("use lowercase letters only");
  if (/^[._]/.test(name)) problems.push("do not start with '.' or '_'");
  if (name.trim() !== name) problems.push("remove the spaces at the start or the end");
  if (RESERVED_PACKAGE_NAMES.has(name)) problems.push(`"${name}" is reserved`);
  if (!PACKAGE_NAME.test(name.toLowerCase()))
    problems.push("use only letters, digits, '-', '.', '_' and '~' (and one '@scope/')");
  return problems;
}

/**
 * A valid package name made from a directory name: lowercase, spaces to dashes, other
 * characters dropped (`"My Adapter"` → `"my-adapter"`). Pure.
 */
export function toPackageName(directoryName: string): string {
  const name = directoryName
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "-")
    .replace(/^[._]+/, "")
    .replace(/[^a-z0-9-~._]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return name.length > 0 ? name : "miriam-project";
}

/**
 * Why a directory argument is not accepted, or an empty list when it is. Refuses `..`
 * segments (a project is created where it was asked for, never next to it by a path
 * that climbs out), and folder names that Windows, macOS or Linux cannot hold. Pure.
 *
 * @example
 * ```ts
 * targetDirProblems("../elsewhere"); // ["do not use '..': ..."]
 * targetDirProblems("miriam-gent"); // []
 * ```
 */
export function targetDirProblems(directory: string): string[] {
  if (directory.trim().length === 0) return ["give a directory name"];
  const problems: string[] = [];
  const segments = directory.split(/[\\/]+/);
  if (segments.includes(".."))
    problems.push(
      "do not use '..': give a directory inside the current one, or change to the parent directory first",
    );
  const name = basename(directory.replace(/[\\/]+$/, ""));
  if (name === "." || name === "") return problems;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[<>:"|?*\u0000-\u001f]/.test(name))
    problems.push('do not use the characters < > : " | ? * or control characters in the name');
  if (/[. ]$/.test(name)) problems.push("do not end the name with a dot or a space");
  if (WINDOWS_DEVICE.test(name)) problems.push(`"${name}" is a reserved name on Windows`);
  if (name.startsWith("-")) problems.push("do not start the name with '-' (it reads as a flag)");
  return problems;
}
