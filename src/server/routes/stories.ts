/** Stories: the list with each story's share of derived members, and one story's whole graph. */
import { createError } from "../../errors/index.js";
import type { StorySummary } from "../../store/index.js";
import type { ApiRoute, ServerContext } from "../route.js";

export function storyRoutes(context: ServerContext): ApiRoute[] {
  return [
    {
      method: "GET",
      url: "/api/stories",
      operationId: "listStories",
      tag: "stories",
      summary: "Stories in the store, most recently active first",
      query: "StoriesQuery",
      responses: { 200: { description: "The stories", schema: "StoryList" } },
      async handler(request) {
        const { limit, offset, minSize } = request.query as { limit: number; offset: number; minSize: number };
        const stories = await context.store.listStories({ limit, offset, minSize });
        const shares = await Promise.all(stories.map((story) => derivedShare(context, story)));
        return { stories: stories.map((story, index) => ({ ...story, derivedShare: shares[index]! })) };
      },
    },
    {
      method: "GET",
      url: "/api/stories/:id",
      operationId: "getStory",
      tag: "stories",
      summary: "One story: members, the derivation graph, consolidated facts and where versions disagree",
      params: "IdParams",
      responses: { 200: { description: "The story graph, as `wiretrace story ID -f json` prints it", schema: "StoryGraph" }, 404: { description: "No such story", schema: "Error" } },
      async handler(request, reply) {
        const { id } = request.params as { id: number };
        const story = await context.store.getStory(id);
        if (!story) throw createError("STORY_NOT_FOUND", { id });
        return reply.type("application/json; charset=utf-8").send(await storyGraphJson(context, story));
      },
    },
  ];
}

/** A story's graph changes only when a member joins, which moves its size and last-seen time. */
function storyKey(story: StorySummary): string {
  return `story:${story.id}:${story.size}:${story.lastSeen}`;
}

function storyGraphJson(context: ServerContext, story: StorySummary): Promise<string> {
  return context.cache.json(storyKey(story), async () => {
    const { buildStoryGraph } = await import("../../stories/index.js");
    return buildStoryGraph(story, await context.store.storyMembers(story.id));
  });
}

/** The list needs only who derives from whom, not the facts: a fraction of the whole graph's cost. */
async function derivedShare(context: ServerContext, story: StorySummary): Promise<number> {
  const json = await context.cache.json(`derived:${storyKey(story)}`, async () => {
    const { derivedShareOf } = await import("../../stories/index.js");
    return Math.round(derivedShareOf(await context.store.storyMembers(story.id)) * 1000) / 1000;
  });
  return Number(json);
}
