/**
 * The AP style abbreviations of US state names, as datelines and bylines write them ("MILLBROOK,
 * Ore."), without their final period. Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are
 * never abbreviated. Postal codes (OR, IN, ME) are left out: as words they are too often something else.
 */
export const AP_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Ala: "Alabama", Ariz: "Arizona", Ark: "Arkansas", Calif: "California", Colo: "Colorado",
  Conn: "Connecticut", Del: "Delaware", Fla: "Florida", Ga: "Georgia", Ill: "Illinois",
  Ind: "Indiana", Kan: "Kansas", Ky: "Kentucky", La: "Louisiana", Md: "Maryland",
  Mass: "Massachusetts", Mich: "Michigan", Minn: "Minnesota", Miss: "Mississippi", Mo: "Missouri",
  Mont: "Montana", Neb: "Nebraska", Nev: "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey",
  "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota",
  Okla: "Oklahoma", Ore: "Oregon", Pa: "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina",
  "S.D": "South Dakota", Tenn: "Tennessee", Vt: "Vermont", Va: "Virginia", Wash: "Washington",
  "W.Va": "West Virginia", Wis: "Wisconsin", Wyo: "Wyoming",
};

/** Lower case, periods and spaces dropped ("nh", "wva"), to the state's lower-case name. */
const STATE_BY_KEY = new Map(Object.entries(AP_STATE_ABBREVIATIONS).map(([abbreviation, name]) => [abbreviation.toLowerCase().replace(/[.\s]/g, ""), name.toLowerCase()]));

/** True when one key is a state's AP abbreviation and the other its name ("ore" / "oregon"), keys lower case without periods. */
export function isStateAbbreviationOf(a: string, b: string): boolean {
  return STATE_BY_KEY.get(a.replace(/\s/g, "")) === b || STATE_BY_KEY.get(b.replace(/\s/g, "")) === a;
}
