import { writeFileSync } from "node:fs";
import { createError } from "../errors/index.js";
import type { StorySummary } from "../store/index.js";
import { openStoreFor } from "./store-option.js";

export interface StoriesCommandOptions {
  db?: string;
  limit: string;
  minSize: string;
  format: "terminal" | "json";
}

export interface StoryCommandOptions {
  db?: string;
  format: "tree" | "json" | "dot" | "html";
  out?: string;
}

/** `wiretrace stories`: the stories in the store, most recently active first. */
export async function runStories(options: StoriesCommandOptions): Promise<number> {
  const limit = wholeNumber(options.limit, "--limit", 1);
  const minSize = wholeNumber(options.minSize, "--min-size", 1);
  const store = await openStoreFor(options.db);
  try {
    const stories = await store.listStories({ limit, minSize });
    process.stdout.write(options.format === "json" ? `${JSON.stringify(stories, null, 2)}\n` : storiesTable(stories));
    return 0;
  } finally {
    await store.close();
  }
}

/** `wiretrace story ID`: who copied whom in one story, and where its versions disagree. */
export async function runStory(idText: string, options: StoryCommandOptions): Promise<number> {
  const id = wholeNumber(idText, "story ID", 1);
  if (options.format === "html" && !options.out && process.stdout.isTTY) {
    throw createError("USAGE", { reason: "--format html writes a whole page: add --out story.html" });
  }
  const store = await openStoreFor(options.db);
  try {
    const story = await store.getStory(id);
    if (!story) throw createError("STORY_NOT_FOUND", { id });
    const stories = await import("../stories/index.js");
    const graph = stories.buildStoryGraph(story, await store.storyMembers(id));
    const output = {
      tree: () => `${stories.renderStoryTree(graph)}\n${stories.renderStoryFacts(graph)}`,
      json: () => `${JSON.stringify(graph, null, 2)}\n`,
      dot: () => stories.renderStoryDot(graph),
      html: () => stories.renderStoryHtml(graph),
    }[options.format]();
    if (options.out) writeFileSync(options.out, output);
    else process.stdout.write(output);
    return 0;
  } finally {
    await store.close();
  }
}

function storiesTable(stories: StorySummary[]): string {
  if (stories.length === 0) return "no stories yet: add articles with wiretrace ingest\n";
  const rows = stories.map((story) => {
    const seen = `${story.firstSeen.slice(0, 16).replace("T", " ")} .. ${story.lastSeen.slice(0, 16).replace("T", " ")}`;
    const outlets = story.outlets.length > 3 ? `${story.outlets.slice(0, 3).join(", ")} +${story.outlets.length - 3}` : story.outlets.join(", ");
    return `#${String(story.id).padEnd(6)} ${String(story.size).padStart(4)}  ${seen}  ${story.headline}${outlets ? `  [${outlets}]` : ""}`;
  });
  return `${"story".padEnd(7)} ${"size".padStart(4)}  ${"first seen .. last seen".padEnd(36)}  headline\n${rows.join("\n")}\n`;
}

function wholeNumber(value: string, name: string, min: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw createError("USAGE", { reason: `${name} takes a whole number of at least ${min}, not "${value}"` });
  return number;
}
