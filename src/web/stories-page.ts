/** The stories list: one row per story, newest activity first, as the API returns them. */
import { getStories } from "./api.js";
import type { StoriesResponse } from "./api-types.js";
import { h, replaceChildren } from "./dom.js";
import { formatPercent, formatTime, plain } from "./format.js";
import { withLoading } from "./page.js";
import { storyHref } from "./routes.js";
import { pageWindow } from "./paging.js";

const PAGE_SIZE = 50;

export function renderStoriesPage(root: HTMLElement): void {
  document.title = "Stories · wiretrace";
  const page = pageWindow(location.search, PAGE_SIZE);
  void withLoading(root, "stories", () => getStories(page.limit, page.offset), (data) => {
    replaceChildren(root, h("h1", {}, "Stories"), ...storiesBody(data, page.offset));
  });
}

function storiesBody(data: StoriesResponse, offset: number): HTMLElement[] {
  if (data.stories.length === 0) {
    return [
      h(
        "p",
        { class: "none", "data-testid": "no-stories" },
        offset > 0 ? "No more stories." : "No stories yet. Add articles with “wiretrace ingest” (try “wiretrace ingest examples/corpus”, the bundled example corpus) or POST /api/articles, then reload.",
      ),
      ...(offset > 0 ? [pager(offset, false)] : []),
    ];
  }
  const header = ["Headline", "Articles", "Outlets", "First seen", "Last seen", "Derived"];
  const table = h(
    "table",
    { class: "stories", "data-testid": "stories" },
    h("caption", { class: "visually-hidden" }, "Stories in the store, most recently active first"),
    h("thead", {}, h("tr", {}, ...header.map((name) => h("th", { scope: "col" }, name)))),
    h(
      "tbody",
      {},
      ...data.stories.map((story) =>
        h(
          "tr",
          { "data-story": story.id },
          h("th", { scope: "row", "data-label": "Headline" }, h("a", { href: storyHref(story.id) }, plain(story.headline) || `Story ${story.id}`)),
          h("td", { "data-label": "Articles", class: "num" }, story.size),
          h("td", { "data-label": "Outlets" }, story.outlets.map(plain).join(", ")),
          h("td", { "data-label": "First seen" }, formatTime(story.firstSeen)),
          h("td", { "data-label": "Last seen" }, formatTime(story.lastSeen)),
          h("td", { "data-label": "Derived", class: "num", title: "Share of the story's articles derived from another one in it" }, formatPercent(story.derivedShare)),
        ),
      ),
    ),
  );
  return [
    h("p", { class: "lede" }, "Articles the store grouped by the event they report. Derived: the share of a story's articles that copy or rewrite another article in it."),
    h("div", { class: "table-wrap" }, table),
    pager(offset, data.stories.length === PAGE_SIZE),
  ];
}

function pager(offset: number, more: boolean): HTMLElement {
  const previous = Math.max(0, offset - PAGE_SIZE);
  return h(
    "nav",
    { class: "pager", "aria-label": "Pages of stories" },
    offset > 0 ? h("a", { href: previous === 0 ? "/stories" : `/stories?offset=${previous}`, rel: "prev" }, "← Newer stories") : null,
    more ? h("a", { href: `/stories?offset=${offset + PAGE_SIZE}`, rel: "next" }, "Older stories →") : null,
  );
}
