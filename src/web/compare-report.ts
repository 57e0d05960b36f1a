/**
 * Draws a compare view: verdict, legend, the two texts with linked sentences, and the findings.
 * Hovering or focusing a sentence lights its counterparts on the other side; Enter, Space or a
 * click selects it so they stay lit; a finding's buttons scroll to and highlight its spans.
 */
import { KIND_LEGEND } from "../present/model.js";
import { h } from "./dom.js";
import { linkedKeys, sentenceKey, type CompareView, type DocumentView, type FindingPlace, type FindingView, type SentenceView, type Side, type VerdictView } from "./compare-model.js";

export interface ReportDownloads {
  json: () => void;
  html: () => void | Promise<void>;
}


/** The report as one element, wired for hover, focus, selection and finding links. */
export function renderReport(view: CompareView, downloads: ReportDownloads): HTMLElement {
  const sentences = new Map<string, HTMLElement>();
  const texts = h("div", { class: "texts" }, documentColumn(view.source, sentences), documentColumn(view.rewrite, sentences));
  const report = h(
    "section",
    { class: "report", "aria-label": "Compare report", "data-testid": "report" },
    verdictBlock(view.verdict, downloads),
    legend(),
    texts,
    findingsBlock(view.findings, sentences, texts),
  );
  wireSentences(view, sentences);
  return report;
}

function verdictBlock(verdict: VerdictView, downloads: ReportDownloads): HTMLElement {
  const json = h("button", { type: "button", class: "button secondary", "data-testid": "download-json" }, "Download JSON");
  const html = h("button", { type: "button", class: "button secondary", "data-testid": "download-html" }, "Download HTML");
  json.addEventListener("click", () => downloads.json());
  html.addEventListener("click", async () => {
    html.disabled = true;
    try {
      await downloads.html();
    } finally {
      html.disabled = false;
    }
  });
  return h(
    "div",
    {
      class: `verdict ${verdict.faithful ? "is-faithful" : "is-unfaithful"}`,
      tabindex: -1,
      "data-testid": "verdict",
      "data-relation": verdict.relation,
      "data-faithful": String(verdict.faithful),
    },
    h("h2", { class: "verdict-label" }, verdict.label),
    h("dl", { class: "figures" }, ...verdict.figures.map((figure) => h("div", {}, h("dt", {}, figure.name), h("dd", {}, figure.value)))),
    h("div", { class: "downloads" }, json, html),
  );
}

function legend(): HTMLElement {
  return h(
    "div",
    { class: "legend", "aria-label": "Colour key", role: "note" },
    h("p", {}, ...KIND_LEGEND.flatMap(([kind, meaning]) => [h("span", { class: `key sent k-${kind}` }, kind), ` ${meaning} `])),
    h("p", {}, "Hover over or tab to a sentence to light its counterparts in the other text; press Enter or Space (or click) to keep them lit."),
  );
}

function documentColumn(document: DocumentView, sentences: Map<string, HTMLElement>): HTMLElement {
  const name = document.side === "source" ? "Source" : "Rewrite";
  return h(
    "section",
    { class: "column", "aria-labelledby": `heading-${document.side}` },
    h("h2", { id: `heading-${document.side}` }, document.title ? `${name}: ${document.title}` : name),
    document.meta.length > 0 ? h("p", { class: "meta" }, document.meta.join(" · ")) : null,
    h(
      "div",
      { class: "doc", "data-testid": `${document.side}-text` },
      ...document.paragraphs.map((paragraph) =>
        h(
          "p",
          {},
          ...paragraph.flatMap((sentence, i) => {
            const element = sentenceElement(sentence);
            sentences.set(sentenceKey(sentence.side, sentence.index), element);
            return i === 0 ? [element] : [" ", element];
          }),
        ),
      ),
    ),
  );
}

function sentenceElement(sentence: SentenceView): HTMLElement {
  return h(
    "span",
    {
      class: `sent${sentence.shade ? ` k-${sentence.shade}` : ""}`,
      tabindex: 0,
      role: "button",
      "aria-pressed": "false",
      "aria-description": sentence.description,
      title: sentence.description,
      "data-sentence": sentenceKey(sentence.side, sentence.index),
      "data-kind": sentence.kind,
    },
    h("span", { class: "sn", "aria-hidden": "true" }, sentence.label),
    ...sentence.segments.map((segment) =>
      segment.severity
        ? h("mark", { class: `sev-${segment.severity}${segment.whole ? " whole" : ""}`, "data-findings": segment.findings.join(" ") }, segment.text)
        : segment.text,
    ),
  );
}

/** Lighting and selection. One sentence at a time is selected; hovering still lights others. */
function wireSentences(view: CompareView, sentences: Map<string, HTMLElement>): void {
  const counterparts = new Map<HTMLElement, HTMLElement[]>();
  for (const document of [view.source, view.rewrite]) {
    for (const sentence of document.paragraphs.flat()) {
      const element = sentences.get(sentenceKey(sentence.side, sentence.index))!;
      counterparts.set(element, linkedKeys(sentence).flatMap((key) => sentences.get(key) ?? []));
    }
  }
  let selected: HTMLElement | null = null;
  const light = (element: HTMLElement, on: boolean) => {
    element.classList.toggle("active", on);
    for (const other of counterparts.get(element) ?? []) other.classList.toggle("linked", on);
  };
  const select = (element: HTMLElement | null) => {
    if (selected) {
      selected.classList.remove("selected");
      selected.setAttribute("aria-pressed", "false");
      for (const other of counterparts.get(selected) ?? []) other.classList.remove("linked-selected");
    }
    selected = element === selected ? null : element;
    if (!selected) return;
    selected.classList.add("selected");
    selected.setAttribute("aria-pressed", "true");
    const others = counterparts.get(selected) ?? [];
    for (const other of others) other.classList.add("linked-selected");
    if (others[0]) reveal(others[0]);
  };
  for (const element of counterparts.keys()) {
    element.addEventListener("mouseenter", () => light(element, true));
    element.addEventListener("mouseleave", () => light(element, document.activeElement === element));
    element.addEventListener("focus", () => light(element, true));
    element.addEventListener("blur", () => light(element, false));
    element.addEventListener("click", () => select(element));
    element.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      select(element);
    });
  }
}

/** Scrolls a sentence into view inside its own column when the column scrolls on its own. */
function reveal(element: HTMLElement): void {
  const column = element.closest<HTMLElement>(".doc");
  if (!column || column.scrollHeight <= column.clientHeight) return;
  const top = element.offsetTop - column.offsetTop;
  if (top < column.scrollTop || top + element.offsetHeight > column.scrollTop + column.clientHeight) {
    column.scrollTop = top - column.clientHeight / 3;
  }
}

function findingsBlock(findings: FindingView[], sentences: Map<string, HTMLElement>, texts: HTMLElement): HTMLElement {
  const heading = h("h2", { id: "findings-heading" }, findings.length === 0 ? "Findings" : `Findings (${findings.length})`);
  if (findings.length === 0) {
    return h(
      "section",
      { class: "findings", "aria-labelledby": "findings-heading" },
      heading,
      h("p", { class: "none", "data-testid": "no-findings" }, "No findings: every claim in the rewrite is supported by the source, and nothing of note was left out."),
    );
  }
  const show = (finding: FindingView, place: FindingPlace) => {
    for (const mark of texts.querySelectorAll("mark.current, .sent.current")) mark.classList.remove("current");
    const sentence = sentences.get(sentenceKey(place.side, place.sentence));
    if (!sentence) return;
    const marks = [...sentence.querySelectorAll<HTMLElement>("mark[data-findings]")].filter((mark) =>
      (mark.dataset.findings ?? "").split(" ").includes(String(finding.number)),
    );
    const targets = place.placed && marks.length > 0 ? marks : [sentence];
    for (const target of targets) target.classList.add("current");
    sentence.scrollIntoView({ block: "center", behavior: prefersReducedMotion() ? "auto" : "smooth" });
    sentence.focus({ preventScroll: true });
  };
  return h(
    "section",
    { class: "findings", "aria-labelledby": "findings-heading" },
    heading,
    h(
      "ol",
      {},
      ...findings.map((finding) =>
        h(
          "li",
          { class: "finding", id: `finding-${finding.number}`, "data-testid": "finding", "data-type": finding.type, "data-severity": finding.severity },
          h("span", { class: `badge sev-${finding.severity}` }, finding.severity),
          h("span", { class: "ftype" }, finding.type),
          h("p", { class: "msg" }, finding.message),
          finding.places.length > 0
            ? h(
                "p",
                { class: "where" },
                ...finding.places.map((place) => {
                  const button = h(
                    "button",
                    { type: "button", class: "link-button", "data-testid": "finding-show", "data-side": place.side },
                    `${place.label} in the ${sideName(place.side)}: “${place.quote}”`,
                  );
                  button.addEventListener("click", () => show(finding, place));
                  return button;
                }),
              )
            : null,
        ),
      ),
    ),
  );
}

function sideName(side: Side): string {
  return side === "source" ? "source" : "rewrite";
}

function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
