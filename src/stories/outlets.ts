/**
 * Whether an attribution cue names an outlet. Cues are written as prose ("the Associated Press")
 * while outlets are often hosts ("apnews.com"), so both sides are reduced to a bare name and the
 * big agencies' other names are folded into one (from ingest's agency table).
 */
import { AGENCIES } from "../ingest/agencies.js";

const HOST_SUFFIX = /\.(com|org|net|news|co\.uk|co|uk|de|fr|int|info)$/;

/** A bare comparable name: "www.apnews.com" -> "associatedpress", "The Daily Planet" -> "dailyplanet". */
export function outletKey(name: string): string {
  const bare = bareName(name);
  return AGENCY_KEYS.get(bare) ?? bare;
}

function bareName(name: string): string {
  let bare = name.trim().toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  bare = bare.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/.*$/, "");
  while (HOST_SUFFIX.test(bare)) bare = bare.replace(HOST_SUFFIX, "");
  return bare.replace(/^the\s+/, "").replace(/[^a-z0-9]/g, "");
}

/** Agencies' web hosts that are none of their names. */
const AGENCY_HOSTS: Readonly<Record<string, string>> = { apnews: "Associated Press" };

/** Every name, acronym and host of the agencies ingest recognises in credits, to one key each. */
const AGENCY_KEYS = new Map<string, string>([
  ...AGENCIES.flatMap((agency) => [...agency.names, ...agency.acronyms].map((alias): [string, string] => [bareName(alias), bareName(agency.name)])),
  ...Object.entries(AGENCY_HOSTS).map(([host, agency]): [string, string] => [host, bareName(agency)]),
]);

/** True when `cue` and `outlet` name the same organisation. */
export function cueNamesOutlet(cue: string, outlet: string | undefined): boolean {
  if (!outlet) return false;
  const key = outletKey(cue);
  return key !== "" && key === outletKey(outlet);
}
