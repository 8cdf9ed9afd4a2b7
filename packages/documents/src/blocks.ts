/**
 * The small document model every template builds. Templates never write HTML or
 * Markdown themselves: they return these blocks and the renderer escapes every text
 * once, in one place, for each format. That is what makes a participant's note
 * containing `<b>` or `# title` unable to change a document's structure.
 */

/** A run of text. Escaped for the output format when rendered. */
export interface TextRun {
  /** Discriminant. */
  readonly kind: "text";
  /** The text as people read it; may contain line breaks. */
  readonly text: string;
  /** Rendered in bold. */
  readonly strong?: boolean;
}

/**
 * A blank to fill in by hand: rendered as a dotted line ("……………"). Used wherever
 * optional data is missing, so a printed document shows what is still to be written.
 */
export interface Blank {
  /** Discriminant. */
  readonly kind: "blank";
  /** `long` for a name or an address, `short` for a date or a number. */
  readonly size?: "short" | "long";
}

/** A tick box, ticked or empty (☒ / ☐). */
export interface TickBox {
  /** Discriminant. */
  readonly kind: "tick";
  /** Whether the box is ticked. */
  readonly ticked: boolean;
}

/** A piece of inline content. */
export type Inline = TextRun | Blank | TickBox;

/** One item of a list, with optional sub-items (e.g. the steps of a goal). */
export interface ListItem {
  /** The item's text. */
  readonly content: readonly Inline[];
  /** Sub-items, one level deep. */
  readonly items?: readonly (readonly Inline[])[];
}

/** A block of a document. */
export type Block =
  | {
      /** A heading; level 1 is the document's title (the renderer adds it). */
      readonly kind: "heading";
      readonly level: 2 | 3;
      readonly content: readonly Inline[];
    }
  | {
      /** A paragraph. */
      readonly kind: "paragraph";
      readonly content: readonly Inline[];
      /** `small` for fine print, `lead` for an opening sentence. */
      readonly style?: "small" | "lead";
    }
  | {
      /** Words quoted as she or a worker wrote them. */
      readonly kind: "quote";
      readonly content: readonly Inline[];
    }
  | {
      /** A bulleted or numbered list. */
      readonly kind: "list";
      readonly ordered?: boolean;
      /** No bullets, e.g. for a list of tick boxes. */
      readonly plain?: boolean;
      readonly items: readonly ListItem[];
    }
  | {
      /** Label–value pairs, e.g. name, date, place. */
      readonly kind: "fields";
      readonly rows: readonly {
        readonly label: readonly Inline[];
        readonly value: readonly Inline[];
      }[];
    }
  | {
      /** A table with a header row. */
      readonly kind: "table";
      readonly head: readonly (readonly Inline[])[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
      /** Extra empty rows to fill in by hand (e.g. on an attendance register). */
      readonly blankRows?: number;
    }
  | {
      /** Empty ruled lines to write on. */
      readonly kind: "lines";
      readonly count: number;
    }
  | {
      /** Signature boxes: one per party, each with a name, a date and a line to sign on. */
      readonly kind: "signatures";
      readonly parties: readonly {
        readonly role: readonly Inline[];
        readonly name: readonly Inline[];
      }[];
    }
  | {
      /** An SVG chart, embedded as an image so its content can never run as markup. */
      readonly kind: "figure";
      readonly svg: string;
      /** Text alternative of the chart. */
      readonly alt: string;
      readonly caption: readonly Inline[];
    }
  | {
      /** Starts a new printed page. */
      readonly kind: "page-break";
    }
  | {
      /** A framed page, e.g. the certificate. Its blocks are centred. */
      readonly kind: "frame";
      readonly blocks: readonly Block[];
    };

/** What a template builds: its title and its blocks. */
export interface DocumentBody {
  /** The document's title (the first heading and the HTML `<title>`). */
  readonly title: string;
  /** A line under the title, e.g. her given name and the date. */
  readonly subtitle?: readonly Inline[];
  /** Whether the document holds personal data: the header then says it is confidential. */
  readonly confidential: boolean;
  /** Print in large type (14 pt), for a document she reads herself, e.g. "My plan". */
  readonly largeType?: boolean;
  /** The blocks, in order. */
  readonly blocks: readonly Block[];
}
