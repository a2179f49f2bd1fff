import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { applyDirectives, readDirectives } from '../../server/src/analysis/text/directives';
import type { Finding } from '../../server/src/analysis/types';

const flagged = (text: string, rules: string[] = ['spelling']) =>
  analyze(text, { rules, entities: false }).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);

describe('dabir-ignore', () => {
  it('silences the listed words throughout the document', () => {
    const text = '<!-- dabir-ignore: واژگار کاوشگرک -->\n\nواژهٔ واژگار و کاوشگرک را ساختیم.\n\nواژگار دوباره آمد.';
    expect(flagged(text)).toEqual([]);
  });

  it('leaves words that are not listed flagged', () => {
    const text = '<!-- dabir-ignore: واژگار -->\nقرارداد صلخ و واژگار';
    expect(flagged(text)).toEqual(['spelling-unknown:صلخ']);
  });
});

describe('dabir-disable and dabir-enable', () => {
  it('drops every finding inside the region and keeps those after it', () => {
    const text = 'قرارداد صلخ\n\n<!-- dabir-disable -->\nبرای صلخ\n<!-- dabir-enable -->\n\nدرباره صلخ';
    const starts = analyze(text, { rules: ['spelling'], entities: false }).findings.map((f) => f.start);
    expect(starts).toEqual([text.indexOf('صلخ'), text.lastIndexOf('صلخ')]);
  });

  it('silences only the named family when rules are named', () => {
    const text = '<!-- dabir-disable spelling -->\nقرارداد صلخ ، امضا شد';
    expect(flagged(text, ['spelling', 'spacing'])).toEqual(['spacing-before-punctuation: ']);
  });

  it('runs an unclosed region to the end of the document', () => {
    expect(flagged('<!-- dabir-disable -->\nقرارداد صلخ\n\nبرای صلخ')).toEqual([]);
  });

  it('reads a multi-line directive comment, which is a paragraph of its own', () => {
    const text = '<!--\n  dabir-ignore: واژگار\n-->\n\nواژهٔ واژگار';
    expect(readDirectives(text).ignoredWords).toEqual(new Set(['واژگار']));
    expect(flagged(text)).toEqual([]);
  });
});

describe('readDirectives', () => {
  it('finds nothing, cheaply, in a document without directives', () => {
    expect(readDirectives('متن ساده <!-- یادداشت --> بدون دستور')).toEqual({ ignoredWords: new Set(), regions: [] });
  });

  it('closes a named region only with an enable that names the same rules', () => {
    const text = '<!-- dabir-disable zwnj -->a<!-- dabir-enable spelling -->b<!-- dabir-enable zwnj -->';
    const regions = readDirectives(text).regions;
    const start = text.indexOf('-->') + 3;
    expect(regions).toEqual([{ start, end: text.indexOf('<!-- dabir-enable zwnj'), selectors: ['zwnj'] }]);
  });

  it('drops a finding of any family inside a word that is ignored', () => {
    const text = 'می رود';
    const finding: Finding = { rule: 'zwnj-missing', family: 'zwnj', start: 0, end: 6, message: '', severity: 'warning', fixes: [] };
    expect(applyDirectives([finding], { ignoredWords: new Set(['می رود']), regions: [] }, text)).toEqual([]);
    expect(applyDirectives([finding], { ignoredWords: new Set(['رفت']), regions: [] }, text)).toEqual([finding]);
  });
});
