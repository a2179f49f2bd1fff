// A document's names agree across its paragraphs (ner/documentNames.ts): the shipped tagger, through the analyser
// as the language server and `dabir entities` run it, on a short news text written for this test.
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../server/src/analysis/analyze';
import { emptyNameMemory, mergeNameMemories, rememberNames, unlabelledMentions } from '../../server/src/analysis/ner/consistency';
import { wordHash } from '../../server/src/analysis/ner/features';
import { ALL_LABELS, beginLabel, insideLabel } from '../../server/src/analysis/ner/labels';

const FULL_NAME = 'قاسم‌جومارت توکایف رئیس‌جمهور قزاقستان به واشنگتن سفر کرد.';
const LATER = [
  'توکایف در دیدار با ترامپ از همکاری سخن گفت.',
  'به گفتهٔ کارشناسان، سفر توکایف نشانهٔ تغییر است.',
];
const persons = (text: string, analyzer = createAnalyzer({ syntax: 'plaintext' })) =>
  analyzer.analyze(text).entities.filter((e) => e.type === 'person').map((e) => `${e.start}:${e.text}`);

describe('names agree across the paragraphs of a document', () => {
  it('finds a surname alone in later paragraphs once an earlier one names the person in full', () => {
    const text = [FULL_NAME, ...LATER].join('\n\n');
    const at = (word: string, from: number) => text.indexOf(word, from);
    const second = text.indexOf(LATER[0]);
    const third = text.indexOf(LATER[1]);
    expect(persons(text)).toEqual([
      `0:قاسم‌جومارت توکایف`,
      `${at('توکایف', second)}:توکایف`,
      `${at('ترامپ', second)}:ترامپ`,
      `${at('توکایف', third)}:توکایف`,
    ]);
  });

  it('does not find the surname alone without the paragraph that names the person', () => {
    expect(persons(LATER.join('\n\n'))).toEqual([`${LATER.join('\n\n').indexOf('ترامپ')}:ترامپ`]);
  });

  it('keeps a revision to the document it was made for, though the analyser caches the paragraph for both', () => {
    const analyzer = createAnalyzer({ syntax: 'plaintext' });
    const withName = [FULL_NAME, ...LATER].join('\n\n');
    const without = LATER.join('\n\n');
    const first = analyzer.analyze(withName);
    expect(persons(without, analyzer)).toEqual([`${LATER.join('\n\n').indexOf('ترامپ')}:ترامپ`]);
    // The first document's result, read after the second was analysed, still has its own names.
    expect(first.entities.filter((e) => e.text === 'توکایف')).toHaveLength(2);
  });

  it('drops the surname again when an edit removes the full name', () => {
    const analyzer = createAnalyzer({ syntax: 'plaintext' });
    expect(persons([FULL_NAME, ...LATER].join('\n\n'), analyzer)).toHaveLength(4);
    const edited = ['رئیس‌جمهور قزاقستان به واشنگتن سفر کرد.', ...LATER].join('\n\n');
    expect(persons(edited, analyzer)).toEqual([`${edited.indexOf('ترامپ')}:ترامپ`]);
  });

  it('adds names and never changes the ones a paragraph found itself', () => {
    const text = [FULL_NAME, ...LATER].join('\n\n');
    const alone = analyze(LATER.join('\n\n'), { syntax: 'plaintext' }).entities;
    const together = analyze(text, { syntax: 'plaintext' }).entities;
    const offset = text.indexOf(LATER[0]);
    for (const e of alone) expect(together).toContainEqual({ ...e, start: e.start + offset, end: e.end + offset });
  });

  it('leaves a document alone when the host does not ask for entities', () => {
    expect(analyze([FULL_NAME, ...LATER].join('\n\n'), { syntax: 'plaintext', entities: false }).entities).toEqual([]);
  });
});

describe('pooling the names of paragraphs', () => {
  const hashes = (text: string) => Uint32Array.from(text.split(' '), wordHash);
  const memoryOf = (text: string, labels: number[]) => {
    const memory = emptyNameMemory();
    rememberNames(memory, hashes(text), Uint8Array.from(labels), () => true);
    return memory;
  };
  const B = beginLabel;
  const I = insideLabel;

  it('keeps only the names whose pooled type is kept, by the votes of all paragraphs', () => {
    const asPerson = memoryOf('استقلال گفت', [B('person'), 0]);
    const asOrganization = memoryOf('استقلال برد', [B('organization'), 0]);
    const pooled = mergeNameMemories([asPerson, asOrganization, asOrganization], (type) => type === 'person');
    expect(pooled.phrases.size).toBe(0);
    expect(pooled.firstWords.size).toBe(0);
    const persons = mergeNameMemories([asPerson, asPerson, asOrganization], (type) => type === 'person');
    expect(unlabelledMentions(persons, hashes('دیروز استقلال آمد'), new Uint8Array(3), ALL_LABELS)).toBe('1:1:person;');
  });

  it('finds a pooled name of several words by its first word', () => {
    const pooled = mergeNameMemories([memoryOf('وحید شمسایی آمد', [B('person'), I('person'), 0])], (type) => type === 'person');
    expect(unlabelledMentions(pooled, hashes('او وحید شمسایی را دید'), new Uint8Array(5), ALL_LABELS)).toBe('1:2:person;');
    const labelled = Uint8Array.of(0, B('person'), I('person'), 0, 0);
    expect(unlabelledMentions(pooled, hashes('او وحید شمسایی را دید'), labelled, ALL_LABELS)).toBe('');
  });
});

describe('names found across paragraphs are not misspellings', () => {
  const spelling = (text: string, entities = true) =>
    analyze(text, { syntax: 'plaintext', entities }).findings.filter((f) => f.family === 'spelling').map((f) => `${f.start}:${text.slice(f.start, f.end)}`);

  it('withdraws the same misspellings for a host that does not tag whole paragraphs (dabir check)', () => {
    const named = [FULL_NAME, 'توکایف گفت که کتابخانهٔ ملی را دیدهاست.', LATER[1]].join('\n\n');
    expect(spelling(named, false)).toEqual(spelling(named, true));
    expect(spelling(LATER.join('\n\n'), false)).toEqual(spelling(LATER.join('\n\n'), true));
    expect(spelling(LATER.join('\n\n'), false)).toHaveLength(2);
  });

  it('does not flag a surname the document names in full elsewhere', () => {
    expect(spelling([FULL_NAME, ...LATER].join('\n\n'))).toEqual([]);
  });

  it('still flags it where nothing in the document makes it a name', () => {
    const text = LATER.join('\n\n');
    expect(spelling(text)).toEqual([`${text.indexOf('توکایف')}:توکایف`, `${text.lastIndexOf('توکایف')}:توکایف`]);
  });
});
