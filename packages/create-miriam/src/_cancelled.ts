/** Thrown when the person cancels a prompt (Ctrl+C or Escape) or declines to go on. */
export class Cancelled extends Error {
  override readonly name = "Cancelled";
}
