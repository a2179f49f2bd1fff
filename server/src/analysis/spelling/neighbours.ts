// The words on either side of a token that count as its context: only a space (or nothing) may lie between,
// because a comma, a full stop or a number ends the phrase that bigram counts describe.

import type { Token } from '../text/tokens';
import { isInlineSpace } from '../text/script';

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isInlineSpace(text.charCodeAt(i))) return false;
  return true;
}

export function previousWord(text: string, tokens: readonly Token[], k: number): Token | undefined {
  const before = tokens[k - 1];
  return before && onlySpaceBetween(text, before.end, tokens[k].start) ? before : undefined;
}

export function nextWord(text: string, tokens: readonly Token[], k: number): Token | undefined {
  const after = tokens[k + 1];
  return after && onlySpaceBetween(text, tokens[k].end, after.start) ? after : undefined;
}
