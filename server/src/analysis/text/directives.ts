// In-document directives in the style of cspell, read once per document:
//   <!-- dabir-ignore: واژه۱ واژه۲ -->          these words are never flagged or rewritten anywhere in the document;
//   <!-- dabir-disable -->  …  <!-- dabir-enable -->   no finding inside the region;
//   <!-- dabir-disable spelling zwnj-missing -->  …     only the named rules or families are silenced.
// A multi-line comment is a 'comment' paragraph of its own and a one-line comment sits inside prose, so they are
// found by a scan of the whole text rather than per paragraph; the scan is one indexOf unless «dabir-» occurs.
// Findings are filtered after analysis, so the per-paragraph cache stays valid whatever the directives say.

import type { Finding } from '../types';
import { isPersianWordChar } from './script';

export interface DisabledRegion {
  start: number;
  /** Exclusive; the document's length when no matching enable follows. */
  end: number;
  /** Rule ids or family names; empty silences every rule. */
  selectors: readonly string[];
}

export interface Directives {
  ignoredWords: ReadonlySet<string>;
  regions: readonly DisabledRegion[];
}

const NO_DIRECTIVES: Directives = { ignoredWords: new Set(), regions: [] };
const DIRECTIVE = /<!--\s*dabir-(ignore|disable|enable)\b:?([\s\S]*?)-->/g;

function words(list: string): string[] {
  return list.split(/[\s,،]+/).filter(Boolean);
}

export function readDirectives(text: string): Directives {
  if (!text.includes('dabir-')) return NO_DIRECTIVES;
  const ignoredWords = new Set<string>();
  const regions: DisabledRegion[] = [];
  // Open regions by their selector list ('' for all), so that an enable closes the disable it names.
  const open = new Map<string, { start: number; selectors: string[] }>();
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const [whole, kind, rest] = m;
    const args = words(rest);
    if (kind === 'ignore') {
      for (const word of args) ignoredWords.add(word);
    } else if (kind === 'disable') {
      const key = args.join(' ');
      if (!open.has(key)) open.set(key, { start: m.index + whole.length, selectors: args });
    } else {
      const key = args.join(' ');
      // A bare enable closes every open region; a named one closes the region opened with the same names.
      const keys = key === '' ? [...open.keys()] : open.has(key) ? [key] : [];
      for (const k of keys) {
        const region = open.get(k)!;
        regions.push({ start: region.start, end: m.index, selectors: region.selectors });
        open.delete(k);
      }
    }
  }
  for (const region of open.values()) regions.push({ start: region.start, end: text.length, selectors: region.selectors });
  return { ignoredWords, regions };
}

function silences(region: DisabledRegion, finding: Finding): boolean {
  if (finding.start < region.start || finding.start >= region.end) return false;
  return region.selectors.length === 0 || region.selectors.some((s) => s === finding.rule || s === finding.family);
}

/** The whole Persian word around [start, end), so that an ignored word covers every finding inside it. */
function wordAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && isPersianWordChar(text.charCodeAt(from - 1))) from--;
  while (to < text.length && isPersianWordChar(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

/** Drops the findings that a directive silences. */
export function applyDirectives(findings: Finding[], directives: Directives, text: string): Finding[] {
  if (directives.regions.length === 0 && directives.ignoredWords.size === 0) return findings;
  return findings.filter((f) => {
    if (directives.regions.some((region) => silences(region, f))) return false;
    if (directives.ignoredWords.size > 0) {
      if (directives.ignoredWords.has(text.slice(f.start, f.end))) return false;
      if (directives.ignoredWords.has(wordAround(text, f.start, f.end))) return false;
    }
    return true;
  });
}
