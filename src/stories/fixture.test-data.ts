/** A small invented story for the tests: a wire original, a copy, a credited rewrite and an independent report. */
import type { StoredArticle, StorySummary } from "../store/types.js";

const WIRE_TEXT = [
  "LONDON (Reuters) - Halvard Motors will cut 12,000 jobs across Europe over the next two years, chief executive Ingrid Solberg said on Tuesday, as the carmaker struggles with falling demand for its diesel vans.",
  '"We have waited too long to make these decisions, and now we must act quickly," Solberg told analysts on a conference call.',
  "The company said the cuts would take effect on April 1, 2024 and would cost about 900 million euros in severance payments.",
  "Shares in Halvard rose 3.2% in Oslo trading after the announcement.",
  "Unions in Germany said they would fight any plant closures.",
].join("\n\n");

/** The wire story word for word, minus its last paragraph. */
const COPY_TEXT = WIRE_TEXT.split("\n\n").slice(0, 4).join("\n\n");

const REWRITE_TEXT = [
  "Carmaker Halvard Motors is to shed 1,200 jobs across Europe over the next two years, Reuters reported, as demand for its diesel vans keeps falling.",
  '"We have waited too long to make these decisions, and now we must act quickly," Solberg told analysts on a conference call, according to the agency.',
  "The cuts would take effect on April 1, 2024, the company said.",
].join("\n\n");

const INDEPENDENT_TEXT = [
  "OSLO - Staff at Halvard Motors' Drammen headquarters learned of the restructuring from an internal video on Tuesday morning.",
  "Several engineers we spoke to described the mood in the canteen as grim; one said colleagues had expected a smaller round of redundancies.",
  "The restructuring plan, which covers 12,000 jobs, was shown to union representatives in a closed meeting.",
].join("\n\n");

export const story: StorySummary = {
  id: 7,
  headline: "Halvard Motors to cut 12,000 jobs",
  size: 4,
  outlets: ["Reuters", "Daily Courier", "Northern Gazette", "Drammen Tidende"],
  firstSeen: "2024-03-05T09:00:00Z",
  lastSeen: "2024-03-05T13:00:00Z",
};

function article(id: number, fields: Partial<StoredArticle> & Pick<StoredArticle, "text">): StoredArticle {
  return {
    id,
    version: 1,
    contentHash: `hash-${id}`,
    cues: [],
    origin: `fixture#${id}`,
    ingestedAt: "2024-03-06T00:00:00Z",
    storyId: 7,
    ...fields,
  };
}

export const wire = article(1, {
  text: WIRE_TEXT,
  outlet: "Reuters",
  title: "Halvard Motors to cut 12,000 jobs in Europe",
  published: "2024-03-05T09:00:00Z",
  url: "https://wire.example/halvard-jobs",
  dateline: "LONDON",
  cues: ["Reuters"],
});

export const copy = article(2, {
  text: COPY_TEXT,
  outlet: "Daily Courier",
  title: "Halvard Motors to cut 12,000 jobs in Europe",
  published: "2024-03-05T10:30:00Z",
  url: "https://courier.example/business/halvard",
  dateline: "LONDON",
  cues: ["Reuters"],
});

export const rewrite = article(3, {
  text: REWRITE_TEXT,
  outlet: "Northern Gazette",
  title: "Halvard to shed jobs as van demand falls",
  published: "2024-03-05T13:00:00Z",
  cues: ["Reuters"],
});

export const independent = article(4, {
  text: INDEPENDENT_TEXT,
  outlet: "Drammen Tidende",
  title: "Grim mood at Halvard headquarters",
  published: "2024-03-05T11:00:00Z",
  dateline: "OSLO",
});

/** The members in no particular order, as a store may return them. */
export const members: StoredArticle[] = [rewrite, independent, copy, wire];
