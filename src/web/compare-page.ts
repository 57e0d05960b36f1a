/** The compare page: the form, then the verdict, the two texts side by side and the findings. */
import type { CompareReport } from "../report/types.js";
import { ApiError, compare, compareHtml, getArticle, getExamples, storedToken, storeToken } from "./api.js";
import type { CompareDoc, ExamplePair } from "./api-types.js";
import { docFor, loadedFromFile, loadedFromStore, originalText, type LoadedInput } from "./compare-input.js";
import { compareView, type OriginalTexts, type Side } from "./compare-model.js";
import { renderReport } from "./compare-report.js";
import { h, replaceChildren } from "./dom.js";
import { saveBlob } from "./download.js";
import { downloadName } from "./format.js";
import { storedPairOf } from "./routes.js";

const SIDES: readonly Side[] = ["source", "rewrite"];
const SIDE_NAMES: Record<Side, string> = { source: "Source", rewrite: "Rewrite" };
const SIDE_HINTS: Record<Side, string> = {
  source: "The original report, for example a wire story.",
  rewrite: "The article that may derive from it.",
};
const FILE_TYPES = ".txt,.text,.md,.html,.htm,.xhtml,text/plain,text/html";

interface SideControls {
  textarea: HTMLTextAreaElement;
  note: HTMLElement;
  loaded: LoadedInput | null;
}

/** Renders the compare page into `root` and, for `?source=ID&rewrite=ID`, runs that comparison. */
export function renderComparePage(root: HTMLElement): void {
  document.title = "Compare · wiretrace";
  const controls = {} as Record<Side, SideControls>;
  const inputs = SIDES.map((side) => {
    const control: SideControls = {
      textarea: h("textarea", { id: `input-${side}`, name: side, rows: 12, spellcheck: "false", "aria-describedby": `hint-${side} note-${side}`, "data-testid": `${side}-input` }),
      note: h("p", { class: "note", id: `note-${side}`, "aria-live": "polite" }),
      loaded: null,
    };
    controls[side] = control;
    const file = h("input", { type: "file", id: `file-${side}`, accept: FILE_TYPES, class: "visually-hidden", "data-testid": `${side}-file` });
    file.addEventListener("change", () => void loadFile(side, file));
    control.textarea.addEventListener("input", () => {
      if (control.loaded && control.textarea.value !== control.loaded.content) setLoaded(side, null);
    });
    return h(
      "div",
      { class: "input" },
      h("label", { for: `input-${side}`, class: "input-label" }, SIDE_NAMES[side]),
      h("p", { class: "hint", id: `hint-${side}` }, SIDE_HINTS[side]),
      control.textarea,
      h("div", { class: "file-row" }, file, h("label", { for: `file-${side}`, class: "button secondary" }, `Upload ${side} file…`), control.note),
    );
  });

  const tokenInput = h("input", { type: "password", id: "input-token", autocomplete: "off", "data-testid": "token-input" });
  tokenInput.value = storedToken() ?? "";
  const tokenRow = h(
    "div",
    { class: "token-row", hidden: storedToken() === null },
    h("label", { for: "input-token" }, "Access token"),
    tokenInput,
    h("p", { class: "hint" }, "This server was started with --token; write requests need it."),
  );
  const submit = h("button", { type: "submit", class: "button primary", "data-testid": "compare-button" }, "Compare");
  const status = h("span", { class: "status", role: "status", "data-testid": "status" });
  const form = h(
    "form",
    { class: "compare-form", "aria-label": "Texts to compare" },
    h("div", { class: "inputs" }, ...inputs),
    tokenRow,
    h("div", { class: "actions" }, submit, status),
  );
  const examplesRow = h("p", { class: "examples", "data-testid": "examples", hidden: true });
  const errorBox = h("div", { class: "error", role: "alert", "data-testid": "error", hidden: true });
  const results = h("div", { class: "results", "data-testid": "results" });

  replaceChildren(
    root,
    h("h1", {}, "Compare a rewrite with its source"),
    h("p", { class: "lede" }, "Paste or upload two texts. wiretrace shows, claim by claim, what the rewrite kept, paraphrased, changed, invented and dropped."),
    examplesRow,
    form,
    errorBox,
    results,
  );

  function setLoaded(side: Side, loaded: LoadedInput | null): void {
    controls[side].loaded = loaded;
    controls[side].note.textContent = loaded?.note ?? "";
  }

  async function loadFile(side: Side, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const loaded = loadedFromFile(file.name, file.type, await file.text());
      controls[side].textarea.value = loaded.content;
      setLoaded(side, loaded);
    } catch {
      showError(`Could not read ${file.name}.`);
    }
    // Lets the same file be chosen again after an edit.
    input.value = "";
  }

  function showError(message: string | null): void {
    errorBox.textContent = message ?? "";
    errorBox.hidden = message === null;
  }

  let running = false;
  async function run(source: CompareDoc, rewrite: CompareDoc, originals: OriginalTexts): Promise<void> {
    if (running) return;
    running = true;
    submit.disabled = true;
    form.setAttribute("aria-busy", "true");
    status.textContent = "Comparing…";
    showError(null);
    try {
      const report = await compare(source, rewrite);
      status.textContent = "Done.";
      showResults(report, source, rewrite, originals);
    } catch (error) {
      status.textContent = "";
      if (error instanceof ApiError && error.status === 401) tokenRow.hidden = false;
      showError(error instanceof Error ? error.message : String(error));
    } finally {
      running = false;
      submit.disabled = false;
      form.removeAttribute("aria-busy");
    }
  }

  function showResults(report: CompareReport, source: CompareDoc, rewrite: CompareDoc, originals: OriginalTexts): void {
    const title = report.rewrite.title ?? report.source.title;
    const downloads = {
      json: () => saveBlob(new Blob([JSON.stringify(report, null, 2)], { type: "application/json" }), downloadName(title, "json")),
      html: async () => {
        try {
          saveBlob(await compareHtml(source, rewrite), downloadName(title, "html"));
        } catch (error) {
          showError(error instanceof Error ? error.message : String(error));
        }
      },
    };
    replaceChildren(results, renderReport(compareView(report, originals), downloads));
    results.querySelector<HTMLElement>("[data-testid=verdict]")?.focus({ preventScroll: false });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    storeToken(tokenInput.value.trim());
    const docs = SIDES.map((side) => docFor(controls[side].textarea.value, controls[side].loaded));
    const missing = SIDES.filter((_, i) => docs[i] === null);
    if (missing.length > 0) {
      showError(`Paste or upload the ${missing.map((side) => side).join(" and the ")} text first.`);
      controls[missing[0]!].textarea.focus();
      return;
    }
    const [source, rewrite] = docs as [CompareDoc, CompareDoc];
    void run(source, rewrite, {
      source: originalText(source, controls.source.textarea.value),
      rewrite: originalText(rewrite, controls.rewrite.textarea.value),
    });
  });

  const pair = storedPairOf(location.search);
  if (pair) void loadStoredPair(pair.source, pair.rewrite);
  void offerExamples();

  /** Buttons that fill both boxes with a bundled example pair; none when the server has none. */
  async function offerExamples(): Promise<void> {
    let examples: ExamplePair[];
    try {
      examples = await getExamples();
    } catch {
      return;
    }
    if (examples.length === 0) return;
    const buttons = examples.map((example) => {
      const button = h("button", { type: "button", class: "button secondary", title: example.description, "data-example": example.id }, example.title);
      button.addEventListener("click", () => {
        for (const side of SIDES) {
          controls[side].textarea.value = example[side];
          setLoaded(side, null);
        }
        controls.source.note.textContent = "The bundled example wire story.";
        controls.rewrite.note.textContent = example.description;
        submit.focus();
      });
      return button;
    });
    replaceChildren(examplesRow, "Try an example: ", ...buttons);
    examplesRow.hidden = false;
  }

  async function loadStoredPair(sourceId: number, rewriteId: number): Promise<void> {
    status.textContent = "Loading the stored articles…";
    try {
      const [source, rewrite] = await Promise.all([getArticle(sourceId), getArticle(rewriteId)]);
      for (const [side, { article }] of [["source", source], ["rewrite", rewrite]] as const) {
        const label = `#${article.id}${article.outlet ? ` (${article.outlet})` : ""}`;
        const loaded = loadedFromStore(article.id, article.text, label);
        controls[side].textarea.value = loaded.content;
        setLoaded(side, loaded);
      }
      await run({ id: sourceId }, { id: rewriteId }, { source: source.article.text, rewrite: rewrite.article.text });
    } catch (error) {
      status.textContent = "";
      showError(error instanceof Error ? error.message : String(error));
    }
  }
}
