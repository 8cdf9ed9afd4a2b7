/** A parsed form body: one string or several per field. */
export type FormBody = Record<string, string | string[]>;
