/** One stored article: what is known about it, its text, and its likely sources with what each changed. */
import { getArticle, getSources } from "./api.js";
import type { ArticleResponse, SourceEntryView, SourcesResponse } from "./api-types.js";
import { externalLink, h, replaceChildren } from "./dom.js";
import { formatPercent, formatScore, formatTime, paragraphs, plain, relationLabel } from "./format.js";
import { errorBlock, withLoading } from "./page.js";
import { articleHref, compareHref, storyHref } from "./routes.js";

export function renderArticlePage(root: HTMLElement, id: number): void {
  document.title = `Article ${id} · wiretrace`;
  void withLoading(root, `article ${id}`, () => getArticle(id), (data) => {
    const sources = h("div", { class: "sources", "data-testid": "sources" }, h("p", { class: "status", role: "status" }, "Looking for its sources and comparing them…"));
    replaceChildren(root, ...articleHead(data), h("section", { "aria-labelledby": "sources-heading" }, h("h2", { id: "sources-heading" }, "Sources"), sources), textSection(data));
    // Sources are verified by comparing texts, which takes a moment: the article shows first.
    getSources(id).then(
      (answer) => replaceChildren(sources, ...sourcesList(answer, id)),
      (error: unknown) => replaceChildren(sources, errorBlock(error)),
    );
  });
}

function articleHead({ article, versions }: ArticleResponse): HTMLElement[] {
  const title = article.title ? plain(article.title) : `Article ${article.id}`;
  document.title = `${title} · wiretrace`;
  const facts: Array<[string, Node | string, string?]> = [];
  if (article.outlet) facts.push(["Outlet", plain(article.outlet)]);
  if (article.byline) facts.push(["Byline", plain(article.byline)]);
  facts.push(["Published", article.published ? formatTime(article.published) : "unknown"]);
  facts.push(["Stored", formatTime(article.ingestedAt)]);
  if (article.dateline) facts.push(["Dateline", plain(article.dateline)]);
  if (article.cues.length > 0) facts.push(["Credits", article.cues.map(plain).join(", ")]);
  if (article.url) facts.push(["URL", externalLink(plain(article.url)), "wide"]);
  if (article.storyId !== undefined) facts.push(["Story", h("a", { href: storyHref(article.storyId) }, `Story ${article.storyId}`)]);
  if (versions.length > 1) {
    facts.push([
      "Versions",
      h(
        "span",
        {},
        ...versions.flatMap((versionId, i) => [
          i > 0 ? ", " : "",
          versionId === article.id ? h("strong", { "aria-current": "page" }, `#${versionId}`) : h("a", { href: articleHref(versionId) }, `#${versionId}`),
        ]),
      ),
    ]);
  }
  return [
    h("p", { class: "crumbs" }, article.storyId !== undefined ? h("a", { href: storyHref(article.storyId) }, `Story ${article.storyId}`) : "Article", ` › #${article.id}`),
    h("h1", { "data-testid": "article-title" }, title),
    h("dl", { class: "article-facts" }, ...facts.map(([name, value, width]) => h("div", { class: width }, h("dt", {}, name), h("dd", {}, value)))),
  ];
}

function textSection({ article }: ArticleResponse): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "text-heading" },
    h("h2", { id: "text-heading" }, "Text"),
    h("div", { class: "article-text", "data-testid": "article-text" }, ...paragraphs(article.text).map((text) => h("p", {}, text))),
  );
}

function sourcesList(answer: SourcesResponse, articleId: number): HTMLElement[] {
  if (answer.sources.length === 0) {
    return [h("p", { class: "none", "data-testid": "no-sources" }, "No stored article looks like a source of this one.")];
  }
  return [
    h("p", { class: "note" }, "Stored articles this one most likely derives from, best first, each compared with it."),
    h("ol", { class: "source-list" }, ...answer.sources.map((source) => sourceItem(source, articleId))),
  ];
}

function sourceItem(source: SourceEntryView, articleId: number): HTMLElement {
  const name = [source.outlet ? plain(source.outlet) : "", source.title ? plain(source.title) : ""].filter(Boolean).join(": ") || `Article ${source.id}`;
  const figures: Array<[string, string]> = [];
  if (source.relation) figures.push(["Relation", relationLabel(source.relation)]);
  if (source.derivedShare !== undefined) figures.push(["Derived", formatPercent(source.derivedShare)]);
  if (source.verbatimShare !== undefined) figures.push(["Verbatim", formatPercent(source.verbatimShare)]);
  if (source.faithfulness !== undefined) figures.push(["Faithfulness", formatScore(source.faithfulness)]);
  if (source.faithful !== undefined) figures.push(["Faithful", source.faithful ? "yes" : "no"]);
  figures.push(["Match score", formatScore(source.candidate.score)]);
  const findings = source.findings ?? [];
  return h(
    "li",
    { class: "source", "data-testid": "source", "data-article": source.id },
    h("div", { class: "source-head" }, h("a", { href: articleHref(source.id) }, `#${source.id} ${name}`), source.published ? ` · ${formatTime(source.published)}` : ""),
    h("dl", { class: "figures compact" }, ...figures.map(([label, value]) => h("div", {}, h("dt", {}, label), h("dd", {}, value)))),
    findings.length > 0
      ? h(
          "ul",
          { class: "top-findings", "aria-label": "Top findings" },
          ...findings.map((finding) =>
            h(
              "li",
              { "data-testid": "finding", "data-type": finding.type, "data-severity": finding.severity },
              h("span", { class: `badge sev-${finding.severity}` }, finding.severity),
              h("span", { class: "ftype" }, finding.type),
              " ",
              finding.message,
            ),
          ),
        )
      : source.findings
        ? h("p", { class: "none" }, "No findings.")
        : null,
    h("p", {}, h("a", { href: compareHref(source.id, articleId), class: "button secondary", "data-testid": "compare-link" }, "Compare with this source")),
  );
}
