import type { Block, DocumentBody } from "../blocks";
import type { MessageTable } from "../messages";
import type { RenderContext } from "../template";

/** Nobody yet: her name prints as a blank. */
export const NOBODY = { givenName: "" } as const;

/**
 * For a blank form: lines to write on instead of each paragraph that says a list is
 * empty (e.g. "no open goals"), found by the message it prints. Pure.
 */
export function linesInsteadOf<M extends MessageTable>(
  keys: readonly (keyof M & string)[],
  count: number,
): (body: DocumentBody, context: RenderContext<M>) => DocumentBody {
  return (body, context) => {
    const empty = new Set(keys.map((key) => JSON.stringify(context.t(key))));
    return {
      ...body,
      blocks: body.blocks.map(
        (block): Block =>
          block.kind === "paragraph" && empty.has(JSON.stringify(block.content))
            ? { kind: "lines", count }
            : block,
      ),
    };
  };
}
