/**
 * The news agencies (and a few broadcasters that wire copy credits the same way) whose names
 * are normalised to one form, so "AP", "the Associated Press" and "ASSOCIATED PRESS" are one cue.
 */
export interface Agency {
  /** The one name cues use. */
  name: string;
  /** Spellings matched without regard to case; `name` itself need not be listed. */
  names: string[];
  /** Short forms matched only in this exact case ("AP", never "ap"). */
  acronyms: string[];
}

const agency = (name: string, names: string[] = [], acronyms: string[] = []): Agency => ({
  name,
  names: [name, ...names],
  acronyms,
});

export const AGENCIES: readonly Agency[] = [
  agency("Reuters", ["Thomson Reuters"]),
  agency("Associated Press", [], ["AP"]),
  agency("Agence France-Presse", ["Agence France Presse", "Agence France Press", "France-Presse", "France Presse"], ["AFP"]),
  agency("Bloomberg", ["Bloomberg News"]),
  agency("United Press International", [], ["UPI"]),
  agency("Deutsche Presse-Agentur", ["Deutsche Presse Agentur"], ["dpa", "DPA"]),
  agency("Xinhua", ["Xinhua News Agency", "New China News Agency"]),
  agency("Kyodo News", ["Kyodo", "Kyodo News Agency"]),
  agency("Yonhap", ["Yonhap News Agency"]),
  agency("ANSA", [], ["ANSA"]),
  agency("EFE", [], ["EFE"]),
  agency("Press Association", ["PA Media"]),
  agency("Press Trust of India", [], ["PTI"]),
  agency("Australian Associated Press", [], ["AAP"]),
  agency("Canadian Press"),
  agency("TASS", ["Tass"], ["TASS"]),
  agency("Interfax"),
  agency("RIA Novosti"),
  agency("Anadolu Agency", ["Anadolu"]),
  agency("Dow Jones Newswires"),
  agency("CNN", ["Cable News Network"], ["CNN"]),
  agency("BBC", ["BBC News"], ["BBC"]),
  agency("Al Jazeera"),
];
