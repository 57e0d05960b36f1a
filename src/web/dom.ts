/**
 * Tiny element builders. Every string child becomes a text node and every attribute goes through
 * setAttribute, so article text can never be parsed as markup.
 */

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

import { safeHttpUrl } from "./format.js";

const SVG_NS = "http://www.w3.org/2000/svg";

function applyAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
}

function appendChildren(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** An HTML element with attributes and children (strings are added as text). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  applyAttrs(element, attrs);
  appendChildren(element, children);
  return element;
}

/** An SVG element, built in the SVG namespace so the browser draws it. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  applyAttrs(element, attrs);
  appendChildren(element, children);
  return element;
}

/** Replaces everything inside `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  appendChildren(parent, children);
}

/** A link only when the URL is http(s); anything else (javascript:, data:) is shown as plain text. */
export function externalLink(url: string, text: string = url): HTMLElement {
  const safe = safeHttpUrl(url);
  return safe ? h("a", { href: safe, rel: "noopener noreferrer nofollow" }, text) : h("span", {}, text);
}
