// The shape of the compiled lexicon's header (see server/tools/compile-lexicon.ts), shared by compiler and loader.

export interface AffixRule {
  kind: 'PFX' | 'SFX';
  /** The Hunspell flag a stem carries to take this affix. */
  flag: string;
  /** The text added (Lilak affixes never strip); it may begin or end with a ZWNJ. */
  add: string;
  /** Continuation flags: affixes that may follow this one (تر → ها، ی، م…). */
  cont: string[];
}

export interface LexiconHeader {
  source: string;
  noSuggest: string;
  affixes: AffixRule[];
  flagSets: string[][];
  count: number;
}

export const LEXICON_FILE = 'lexicon.txt';
