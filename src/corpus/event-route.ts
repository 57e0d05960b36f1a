/**
 * The event route into a story: an independent report of an event shares few words with the
 * stories already told about it, but the event's specifics (names of its people and places, its
 * numbers), which no other story in those days mentions.
 */
import type { ArticleInput, Store, TimeWindow } from "../store/index.js";
import type { Candidate } from "./candidates.js";
import type { StorySettings } from "./placement.js";
import { eventSpecifics, specificsOf } from "./specifics.js";
import { DAY_MS, timeOf } from "../ingest/instant.js";
import { windowAround } from "./time-window.js";

/** Stories checked for distinctiveness per article: each check costs a search per shared specific. */
const EVENT_STORIES_CHECKED = 2;
/**
 * Hits checked per specific beyond those allowed. A search that fills this many is taken as
 * common whatever the hits hold: the true mentions may rank below false ones.
 */
const ELSEWHERE_PROBE = 8;

/**
 * The event route. A story in the event window qualifies when one member shares enough of the
 * article's specifics; then each shared specific must be distinctive, held by (almost) no article
 * outside that story in the weeks around, so that names many stories carry (a country, a
 * ministry, a president) do not count. Undated articles never take this route: without a date
 * "the same names" is not "the same event".
 */
export async function storyOfSameEvent(store: Store, article: ArticleInput, candidates: Candidate[], settings: StorySettings): Promise<number | undefined> {
  const published = timeOf(article.published);
  if (published === undefined || settings.eventWindowDays <= 0) return undefined;
  const specifics = withoutOutletName(eventSpecifics(article.text), article.outlet);
  const needed = Math.max(settings.eventMinShared, settings.eventMinShare * specifics.size);
  if (specifics.size < needed) return undefined;
  const rarityWindow = windowAround(article.published, settings.eventRarityDays)!;
  for (const { storyId, shared } of sharedByStory(candidates, specifics, published, settings.eventWindowDays).filter((entry) => entry.shared.length >= needed).slice(0, EVENT_STORIES_CHECKED)) {
    const distinctive = await countDistinctive(store, storyId, shared, specifics, rarityWindow, settings.eventMaxElsewhere, needed);
    if (distinctive >= needed) return storyId;
  }
  return undefined;
}

/** "told Valley Radio" is about the outlet, not the event. */
function withoutOutletName(specifics: Map<string, string>, outlet: string | undefined): Map<string, string> {
  for (const word of outlet?.toLowerCase().split(/\s+/) ?? []) specifics.delete(word);
  return specifics;
}

interface SharedSpecifics {
  storyId: number;
  shared: string[];
}

/** For each candidate story in the event window, the most specifics one member shares, most first. */
function sharedByStory(candidates: Candidate[], specifics: Map<string, string>, published: number, windowDays: number): SharedSpecifics[] {
  const best = new Map<number, string[]>();
  for (const { article } of candidates) {
    const time = timeOf(article.published);
    if (article.storyId === undefined || time === undefined || Math.abs(time - published) > windowDays * DAY_MS) continue;
    const theirs = specificsOf(article);
    const shared = [...specifics.keys()].filter((key) => theirs.has(key));
    if (shared.length > (best.get(article.storyId)?.length ?? 0)) best.set(article.storyId, shared);
  }
  return [...best].map(([storyId, shared]) => ({ storyId, shared })).sort((a, b) => b.shared.length - a.shared.length || a.storyId - b.storyId);
}

/**
 * How many of the shared specifics no more than `maxElsewhere` articles outside the story hold.
 * Each costs a full-text search, whose few hits are then checked for the specific itself: the
 * index stems words and ignores case, so "Aske" finds "asked" and "Strand" a strand of hair.
 * Stops as soon as `needed` is reached or out of reach.
 */
async function countDistinctive(store: Store, storyId: number, shared: string[], specifics: Map<string, string>, window: TimeWindow, maxElsewhere: number, needed: number): Promise<number> {
  const exclude = (await store.storyMembers(storyId)).map((member) => member.id);
  let distinctive = 0;
  for (const [index, key] of shared.entries()) {
    if (distinctive >= needed || distinctive + (shared.length - index) < needed) break;
    const limit = ELSEWHERE_PROBE + maxElsewhere;
    const hits = await store.lexicalCandidates([specifics.get(key)!], { limit, window, exclude });
    if (hits.length === limit) continue;
    const holders = (await store.getArticles(hits.map((hit) => hit.id))).filter((article) => specificsOf(article).has(key));
    if (holders.length <= maxElsewhere) distinctive++;
  }
  return distinctive;
}
