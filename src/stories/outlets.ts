/**
 * Whether an attribution cue names an outlet. Cues are written as prose ("the Associated Press")
 * while outlets are often hosts ("apnews.com"), so both sides are reduced to a bare name and the
 * big agencies' other names are folded into one.
 */

/** Other names of the agencies most often credited, mapped to one canonical name. */
const AGENCY_ALIASES: Readonly<Record<string, string>> = {
  ap: "associatedpress",
  apnews: "associatedpress",
  associatedpress: "associatedpress",
  afp: "agencefrancepresse",
  agencefrancepresse: "agencefrancepresse",
  thomsonreuters: "reuters",
  reuters: "reuters",
  upi: "unitedpressinternational",
  unitedpressinternational: "unitedpressinternational",
  dpa: "deutschepresseagentur",
  deutschepresseagentur: "deutschepresseagentur",
  pa: "pressassociation",
  pamedia: "pressassociation",
  pressassociation: "pressassociation",
  cp: "canadianpress",
  canadianpress: "canadianpress",
  aap: "australianassociatedpress",
  australianassociatedpress: "australianassociatedpress",
  bloombergnews: "bloomberg",
  xinhuanewsagency: "xinhua",
};

const HOST_SUFFIX = /\.(com|org|net|news|co\.uk|co|uk|de|fr|int|info)$/;

/** A bare comparable name: "www.apnews.com" -> "associatedpress", "The Daily Planet" -> "dailyplanet". */
export function outletKey(name: string): string {
  let bare = name.trim().toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  bare = bare.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/.*$/, "");
  while (HOST_SUFFIX.test(bare)) bare = bare.replace(HOST_SUFFIX, "");
  bare = bare.replace(/^the\s+/, "").replace(/[^a-z0-9]/g, "");
  return AGENCY_ALIASES[bare] ?? bare;
}

/** True when `cue` and `outlet` name the same organisation. */
export function cueNamesOutlet(cue: string, outlet: string | undefined): boolean {
  if (!outlet) return false;
  const key = outletKey(cue);
  return key !== "" && key === outletKey(outlet);
}
