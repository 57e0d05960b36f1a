/** Shared page pieces: loading and error states. */
import { h, replaceChildren } from "./dom.js";

/** Shows a loading line, runs `load`, and shows the error's message in place of the page if it fails. */
export async function withLoading<T>(root: HTMLElement, what: string, load: () => Promise<T>, render: (data: T) => void): Promise<void> {
  replaceChildren(root, h("p", { class: "status", role: "status" }, `Loading ${what}…`));
  let data: T;
  try {
    data = await load();
  } catch (error) {
    replaceChildren(root, errorBlock(error));
    return;
  }
  render(data);
}

/** The error's message as an alert. */
export function errorBlock(error: unknown): HTMLElement {
  return h(
    "div",
    { class: "error", role: "alert", "data-testid": "error" },
    error instanceof Error ? error.message : String(error),
  );
}
