import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { CompareReport } from "../report/types.js";
import { fixtureReport, rewriteText, sourceText } from "./fixture.test-data.js";
import { renderHtml } from "./html.js";

const parse = (html: string) => parseHTML(html).document;

/** A report whose every text field carries markup an attacker might plant in an article. */
function hostileReport(): CompareReport {
  const report = fixtureReport();
  const script = "<script>alert(1)</script>";
  const image = "<img src=x onerror=alert(1)>";
  const link = '<a href="javascript:alert(1)">read more</a>';
  const breakout = `" onmouseover="alert(1)`;
  const source = report.source.sentences;
  source[0] = { ...source[0]!, text: `Council approved ${script} 14 routes.` };
  source[1] = { ...source[1]!, text: `See ${link} & 'more'.` };
  const rewrite = report.rewrite.sentences;
  rewrite[0] = { ...rewrite[0]!, text: `Council approved ${image} 12 routes${breakout}.` };
  report.source.title = `${script} title`;
  report.source.byline = image;
  report.rewrite.published = link;
  report.findings[0] = {
    ...report.findings[0]!,
    message: `Changed ${script}${breakout}`,
    rewrite: { sentence: 0, start: rewrite[0].start + 17, end: rewrite[0].start + 17 + image.length, text: image },
    source: { sentence: 0, start: source[0].start + 17, end: source[0].start + 17 + script.length, text: script },
  };
  return report;
}

describe("renderHtml", () => {
  it("counts drift apart from omissions in the verdict", () => {
    const verdict = parse(renderHtml(fixtureReport())).querySelector("header.verdict")!.textContent!;
    expect(verdict).toContain("Omitted");
    expect(verdict).toContain("1 of 3 source sentences");
  });

  it("puts the texts side by side before the numbered findings", () => {
    const html = renderHtml(fixtureReport());
    expect(html.indexOf('<main class="texts">')).toBeLessThan(html.indexOf('<section class="findings">'));
  });

  it("shows the verdict first", () => {
    const document = parse(renderHtml(fixtureReport()));
    const verdict = document.querySelector("header.verdict")!.textContent!;
    expect(verdict).toContain("rewrite");
    expect(verdict).toContain("faithfulness 0.55");
    expect(verdict).toContain("1 high");
  });

  it("puts the source on the left and the rewrite on the right, a span per sentence with its kind", () => {
    const document = parse(renderHtml(fixtureReport()));
    const [left, right] = [...document.querySelectorAll(".doc")];
    expect(left!.id).toBe("doc-source");
    expect(right!.id).toBe("doc-rewrite");
    expect(document.getElementById("S3")!.className).toBe("sent k-omitted");
    expect(document.getElementById("R2")!.className).toBe("sent k-paraphrase");
    expect(document.getElementById("R1")!.getAttribute("tabindex")).toBe("0");
  });

  it("escapes the article texts", () => {
    const html = renderHtml(fixtureReport());
    expect(html).toContain("The routes will start in March, said transport chief Lena Okafor.");
    expect(html).toContain("The rewrite leaves out Okafor&#39;s warning that fares may rise.");
  });

  it("links each sentence to its counterparts on the other side", () => {
    const document = parse(renderHtml(fixtureReport()));
    expect(document.getElementById("R1")!.getAttribute("data-links")).toBe("S1");
    expect(document.getElementById("S2")!.getAttribute("data-links")).toBe("R2");
  });

  it("anchors each finding to its spans and marks the spans in the sentences", () => {
    const document = parse(renderHtml(fixtureReport()));
    const hrefs = [...document.querySelectorAll("#finding-1 a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["#finding-1-rewrite", "#finding-1-source"]);
    expect(document.getElementById("finding-1-rewrite")!.closest(".sent")!.id).toBe("R1");
    const mark = document.querySelector("#R1 mark")!;
    expect(mark.textContent).toBe("12");
    expect(mark.className).toBe("sev-high");
    expect(document.querySelector("#S1 mark")!.textContent).toBe("14");
    expect(document.querySelector('#R1 a.ref[href="#finding-1"]')).not.toBeNull();
  });

  it("underlines rather than fills a span that covers its whole sentence", () => {
    const document = parse(renderHtml(fixtureReport()));
    expect(document.querySelector("#S3 mark")!.className).toBe("sev-medium whole");
  });

  it("starts a paragraph where the original text has a line break", () => {
    const broken = `${sourceText.slice(0, sourceText.indexOf(" Okafor warned"))}\n${sourceText.slice(sourceText.indexOf("Okafor warned"))}`;
    const report = fixtureReport();
    report.source.sentences[2] = { ...report.source.sentences[2]!, start: broken.indexOf("Okafor warned") };
    const document = parse(renderHtml(report, { source: broken, rewrite: rewriteText }));
    expect(document.querySelectorAll("#doc-source p")).toHaveLength(2);
    expect(document.querySelectorAll("#doc-rewrite p")).toHaveLength(1);
  });

  it("allows by hash exactly the style and script it inlines, and nothing from the network", () => {
    const document = parse(renderHtml(fixtureReport()));
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${hash(document.querySelector("script")!.textContent!)}`);
    expect(policy).toContain(`style-src ${hash(document.querySelector("style")!.textContent!)}`);
    expect(policy).not.toMatch(/https?:|unsafe/);
  });

  it("loads nothing from outside the file", () => {
    const html = renderHtml(fixtureReport());
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
  });

  it("escapes hostile article text so it shows as text and never runs", () => {
    const html = renderHtml(hostileReport());
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;a href=&quot;javascript:alert(1)&quot;&gt;read more&lt;/a&gt;");
    expect(html).toContain("&amp; &#39;more&#39;");
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<a href="javascript|" onmouseover=/);
  });

  it("keeps hostile text out of the document's elements and attributes", () => {
    const document = parse(renderHtml(hostileReport()));
    expect(document.querySelectorAll("script")).toHaveLength(1);
    expect(document.querySelectorAll("img")).toHaveLength(0);
    const attributes = [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((name) => name.startsWith("on"))).toEqual([]);
    const hrefs = [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!);
    expect(hrefs.every((href) => href.startsWith("#"))).toBe(true);
    expect(document.querySelector("#R1 mark")!.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(document.querySelector("#S1 mark")!.textContent).toBe("<script>alert(1)</script>");
  });
});
