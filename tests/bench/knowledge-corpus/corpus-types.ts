/** One problem every support team meets, written up in one language, and how customers describe it. */
export interface Topic {
  title: string;
  body: string;
  tags: string[];
  /** What customers type, in their own words: varied phrasing, typos, missing diacritics. Each should find this article first. */
  queries: string[];
}

/** The pieces the filler articles are made of: things, what goes wrong with them, and when. */
export interface FillerParts {
  things: string[];
  troubles: string[];
  contexts: string[];
  steps: string[];
}

export interface LanguageCorpus {
  topics: Record<string, Topic>;
  filler: FillerParts;
}
