// The ZWNJ rules' question about two words typed apart, answered once per paragraph: zwnj-missing asks it of every
// pair, again while it looks at how the paragraph lost its ZWNJs (zwnjLoss), and zwnj-inconsistent a third time.
// The lexicon remembers its answers across paragraphs, but finding one there builds a key of the words each time.

import { respellPair, type PairRespelling } from '../lexicon/zwnj';
import type { ParagraphContext } from './rule';

const answers = new WeakMap<ParagraphContext, (PairRespelling | null)[]>();

/** respellPair of tokens k and k + 1, with token k − 1 before them, in the paragraph's ZWNJ style. */
export function pairAt(ctx: ParagraphContext, k: number): PairRespelling | undefined {
  let known = answers.get(ctx);
  if (!known) answers.set(ctx, (known = []));
  const answer = known[k];
  if (answer !== undefined) return answer ?? undefined;
  const { tokens, options } = ctx;
  const pair = respellPair(tokens[k].text, tokens[k + 1].text, k > 0 ? tokens[k - 1].text : undefined, options.zwnjStyle);
  known[k] = pair ?? null;
  return pair;
}
