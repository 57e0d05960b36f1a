import { escapeHtml } from "./escape.js";

export interface PageHead {
  title: string;
  /** The page's Content-Security-Policy; it must allow `style` by hash. */
  contentSecurityPolicy: string;
  style: string;
}

/** The opening of a self-contained page, up to and including `<body>`: every page wiretrace writes starts the same way. */
export function pageStart(head: PageHead): string[] {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(head.contentSecurityPolicy)}">`,
    `<title>${escapeHtml(head.title)}</title>`,
    `<style>${head.style}</style>`,
    "</head>",
    "<body>",
  ];
}
