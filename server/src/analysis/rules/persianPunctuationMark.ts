// What punctuation-comma, punctuation-semicolon and punctuation-question share: an ASCII mark standing in a
// Persian sentence, to be replaced by its Persian form (، ؛ ؟). Only in a Persian context (the nearest letter on
// either side is Persian), never between two digits (1,000 and ۱,۰۰۰ are numbers), never in protected spans.

import type { Finding, Localized } from '../types';
import { inPersianContext } from '../text/prose';
import { isAnyDigit } from '../text/script';
import { finding, replaceFix, type ParagraphContext, type RuleMeta } from './rule';

export interface PersianMark {
  ascii: string;
  persian: string;
  message: Localized;
  fix: Localized;
  /** An extra reason to leave a mark alone (an HTML entity's semicolon, say). */
  isSyntax?: (text: string, index: number) => boolean;
}

export function persianMarkFindings(rule: RuleMeta, ctx: ParagraphContext, mark: PersianMark): Finding[] {
  const { text, options } = ctx;
  const findings: Finding[] = [];
  const ascii = mark.ascii.charCodeAt(0);
  for (const segment of ctx.segments) {
    for (let i = segment.start; i < segment.end; i++) {
      if (text.charCodeAt(i) !== ascii) continue;
      if (isAnyDigit(text.charCodeAt(i - 1)) && isAnyDigit(text.charCodeAt(i + 1))) continue;
      if (mark.isSyntax?.(text, i)) continue;
      if (!inPersianContext(text, i)) continue;
      findings.push(
        finding(rule, i, i + 1, mark.message, options, [
          replaceFix(mark.fix, options, { start: i, end: i + 1, newText: mark.persian }, true),
        ]),
      );
    }
  }
  return findings;
}
