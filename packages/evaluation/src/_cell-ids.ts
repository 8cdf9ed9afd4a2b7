/**
 * The id of a cell of a count system, `<scope>/<key>`, made once per scope and key: a
 * report's suppression looks each id up many times (in the cells, every relation, the
 * published view), and a string made anew is hashed anew each time, where the same string
 * carries its hash. One maker per report: it holds every id it made.
 */
export type CellIds = (scope: string, key: string) => string;

/** A new {@link CellIds}. */
export function cellIds(): CellIds {
  const idsOfScope = new Map<string, Map<string, string>>();
  return (scope, key) => {
    let ids = idsOfScope.get(scope);
    if (ids === undefined) {
      ids = new Map();
      idsOfScope.set(scope, ids);
    }
    let id = ids.get(key);
    if (id === undefined) {
      id = `${scope}/${key}`;
      ids.set(key, id);
    }
    return id;
  };
}
