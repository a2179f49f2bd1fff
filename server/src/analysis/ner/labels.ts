// The tagger's label set: BIO tags over the entity types the two training corpora annotate between them.
// ARMAN annotates person, organization, location, facility, product, event (and its organization tag covers
// nationalities, which training relabels as `nationality`); PEYMA annotates person, organization, location, date,
// time, money and percent. Each corpus leaves the other's types unannotated, so training and PEYMA/ARMAN evaluation
// decode with a mask of the labels the corpus knows, and the editor decodes with every label.

export const NER_TYPES = [
  'person', 'organization', 'location', 'facility', 'event', 'product', 'date', 'time', 'money', 'percent', 'nationality',
] as const;
export type NerType = (typeof NER_TYPES)[number];

/** Label 0 is O; type k has B = 1 + 2k and I = 2 + 2k. */
export const LABEL_COUNT = 1 + 2 * NER_TYPES.length;

export function beginLabel(type: NerType): number {
  return 1 + 2 * NER_TYPES.indexOf(type);
}

export function insideLabel(type: NerType): number {
  return 2 + 2 * NER_TYPES.indexOf(type);
}

export function typeOfLabel(label: number): NerType | undefined {
  return label === 0 ? undefined : NER_TYPES[(label - 1) >> 1];
}

export function isInside(label: number): boolean {
  return label !== 0 && (label & 1) === 0;
}

export function labelName(label: number): string {
  return label === 0 ? 'O' : `${isInside(label) ? 'I' : 'B'}-${typeOfLabel(label)}`;
}

/** Whether `next` may follow `previous` (−1 at the start): an I- tag continues an entity of its own type. */
export function transitionAllowed(previous: number, next: number): boolean {
  if (!isInside(next)) return true;
  return previous > 0 && typeOfLabel(previous) === typeOfLabel(next);
}

/** The labels a corpus annotates (O always), as a mask indexed by label. */
export function labelMask(types: readonly NerType[]): Uint8Array {
  const mask = new Uint8Array(LABEL_COUNT);
  mask[0] = 1;
  for (const type of types) {
    mask[beginLabel(type)] = 1;
    mask[insideLabel(type)] = 1;
  }
  return mask;
}

export const ALL_LABELS = labelMask(NER_TYPES);
export const ARMAN_TYPES: readonly NerType[] = ['person', 'organization', 'location', 'facility', 'event', 'product', 'nationality'];
export const PEYMA_TYPES: readonly NerType[] = ['person', 'organization', 'location', 'date', 'time', 'money', 'percent'];
