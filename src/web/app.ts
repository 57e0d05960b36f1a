/**
 * Entry point of the browser UI. The server sends the same HTML shell for every page; this script
 * reads the path, draws the header and renders the page into #app.
 */
import { renderArticlePage } from "./article-page.js";
import { renderComparePage } from "./compare-page.js";
import { h, replaceChildren } from "./dom.js";
import { routeOf, type Route } from "./routes.js";
import { renderStoriesPage } from "./stories-page.js";
import { renderStoryPage } from "./story-page.js";

function header(route: Route): HTMLElement {
  const current = route.page === "compare" ? "compare" : route.page === "stories" || route.page === "story" ? "stories" : null;
  const item = (href: string, label: string, key: string) =>
    h("li", {}, h("a", { href, "aria-current": current === key ? "page" : null }, label));
  return h(
    "header",
    { class: "site-header" },
    h("a", { class: "skip-link", href: "#main" }, "Skip to content"),
    h(
      "nav",
      { "aria-label": "Main" },
      h("a", { class: "brand", href: "/" }, "wiretrace"),
      h("ul", {}, item("/compare", "Compare", "compare"), item("/stories", "Stories", "stories")),
    ),
  );
}

function notFound(main: HTMLElement): void {
  document.title = "Not found · wiretrace";
  replaceChildren(
    main,
    h("h1", {}, "Page not found"),
    h("p", {}, "There is no page at this address. Try ", h("a", { href: "/" }, "Compare"), " or ", h("a", { href: "/stories" }, "Stories"), "."),
  );
}

function start(): void {
  const app = document.getElementById("app");
  if (!app) return;
  const route = routeOf(location.pathname);
  const main = h("main", { id: "main", tabindex: -1 });
  replaceChildren(app, header(route), main);
  switch (route.page) {
    case "compare":
      return renderComparePage(main);
    case "stories":
      return renderStoriesPage(main);
    case "story":
      return renderStoryPage(main, route.id);
    case "article":
      return renderArticlePage(main, route.id);
    case "not-found":
      return notFound(main);
  }
}

start();
