import MarkdownIt from "markdown-it";
import { type DefaultTreeAdapterMap, type ParserError, parse } from "parse5";

type Node = DefaultTreeAdapterMap["node"];

/** Every parse error of an HTML document, per the WHATWG parsing rules. */
export function htmlParseErrors(html: string): ParserError[] {
  const errors: ParserError[] = [];
  parse(html, { onParseError: (error) => errors.push(error) });
  return errors;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) walk(child, visit);
  if (node.nodeName === "template" && "content" in node) walk(node.content as Node, visit);
}

/** The tag names of a document's elements, in order, without line breaks. */
export function tagNames(html: string): string[] {
  const names: string[] = [];
  walk(parse(html), (node) => {
    if ("tagName" in node && node.tagName !== "br") names.push(node.tagName);
  });
  return names;
}

/** The text a reader sees in the body (entities decoded, no markup). */
export function bodyText(html: string): string {
  const parts: string[] = [];
  walk(parse(html), (node) => {
    if (node.nodeName === "#text" && "value" in node) parts.push(node.value);
    if (node.nodeName === "br") parts.push("\n");
  });
  return parts.join("");
}

const markdownIt = new MarkdownIt({ html: true });

/** Markdown rendered the way most readers see it (CommonMark, GFM tables, raw HTML on). */
export function markdownToHtml(markdown: string): string {
  return markdownIt.render(markdown);
}
