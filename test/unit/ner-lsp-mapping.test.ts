// The pure halves of the entity features: entities → semantic tokens, outline, and mentions of one entity.
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity } from '../../server/src/analysis/types';
import { entityKey, mentionsOfEntityAt } from '../../server/src/lsp/entityGroups';
import { encodeSemanticTokens, SEMANTIC_TOKENS_LEGEND } from '../../server/src/lsp/semanticTokens';
import { entitySymbols, flatEntitySymbols } from '../../server/src/lsp/symbols';

function entity(text: string, whole: string, type: Entity['type'], nth = 0, id?: string): Entity {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = whole.indexOf(text, start + 1);
  return { start, end: start + text.length, text, type, ...(id ? { id } : {}) };
}

const TEXT = '😀 قزاقستان به پیمان ابراهیم پیوست.\nتوکایف گفت قزاق‌ها و قزاقستان آماده‌اند؛ توکایف افزود.';
const ENTITIES: Entity[] = [
  entity('قزاقستان', TEXT, 'country', 0, 'KZ'),
  entity('پیمان ابراهیم', TEXT, 'treaty', 0, 'abraham-accords'),
  entity('توکایف', TEXT, 'person', 0),
  entity('قزاق‌ها', TEXT, 'nationality', 0, 'KZ'),
  entity('قزاقستان', TEXT, 'country', 1, 'KZ'),
  entity('توکایف', TEXT, 'person', 1),
];

describe('semantic tokens', () => {
  it('names one token type per entity type, dabir-prefixed', () => {
    expect(SEMANTIC_TOKENS_LEGEND.tokenTypes.slice(0, 4)).toEqual(['dabirPerson', 'dabirOrganization', 'dabirLocation', 'dabirCountry']);
  });

  it('encodes entities as relative UTF-16 positions, counting the emoji as two code units', () => {
    const document = TextDocument.create('file:///a.txt', 'plaintext', 1, TEXT);
    const country = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('dabirCountry');
    const treaty = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('dabirTreaty');
    const person = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('dabirPerson');
    const nationality = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('dabirNationality');
    expect(encodeSemanticTokens(document, ENTITIES)).toEqual([
      0, 3, 8, country, 0,
      0, 12, 13, treaty, 0,
      1, 0, 6, person, 0,
      0, 11, 7, nationality, 0,
      0, 10, 8, country, 0,
      0, 20, 6, person, 0,
    ]);
  });

  it('splits an entity that runs over a line break into one token per line', () => {
    const text = 'سازمان ملل\nمتحد بیانیه داد';
    const document = TextDocument.create('file:///b.txt', 'plaintext', 1, text);
    const org = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('dabirOrganization');
    expect(encodeSemanticTokens(document, [{ start: 0, end: 15, text: text.slice(0, 15), type: 'organization' }])).toEqual([
      0, 0, 10, org, 0,
      1, 0, 4, org, 0,
    ]);
  });
});

describe('the entity outline', () => {
  const document = TextDocument.create('file:///a.txt', 'plaintext', 1, TEXT);

  it('groups entities by type under Persian group names, each entity once with its mentions as children', () => {
    const symbols = entitySymbols(document, ENTITIES, 'fa');
    expect(symbols.map((s) => s.name)).toEqual(['کشورها', 'ملیت‌ها', 'پیمان‌ها', 'اشخاص']);
    const countries = symbols[0].children!;
    expect(countries.map((c) => [c.name, c.detail, c.children!.length])).toEqual([['قزاقستان', '\u2068۲ بار\u2069', 2]]);
    expect(countries[0].children![1].range).toEqual({ start: { line: 1, character: 21 }, end: { line: 1, character: 29 } });
    expect(symbols[3].children!.map((c) => [c.name, c.detail])).toEqual([['توکایف', '\u2068۲ بار\u2069']]);
  });

  it('uses English group names for an English locale, and a flat list for clients that cannot nest', () => {
    expect(entitySymbols(document, ENTITIES, 'en').map((s) => s.name)).toEqual(['Countries', 'Nationalities', 'Treaties', 'People']);
    expect(flatEntitySymbols(document, ENTITIES, 'en').map((s) => [s.name, s.containerName])).toEqual([
      ['قزاقستان', 'Countries'], ['قزاق‌ها', 'Nationalities'], ['پیمان ابراهیم', 'Treaties'], ['توکایف', 'People'],
    ]);
  });

  it('is empty when there are no entities', () => {
    expect(entitySymbols(document, [], 'fa')).toEqual([]);
  });
});

describe('mentions of the entity under the cursor', () => {
  const document = TextDocument.create('file:///a.txt', 'plaintext', 1, TEXT);

  it('links mentions by knowledge-base id within a type, not a nationality to its country', () => {
    const mentions = mentionsOfEntityAt(document, ENTITIES, { line: 0, character: 5 });
    expect(mentions.map((m) => m.start)).toEqual([ENTITIES[0].start, ENTITIES[4].start]);
  });

  it('links mentions without ids by their folded name, whatever their ZWNJs and Arabic letters', () => {
    expect(entityKey({ start: 0, end: 0, text: 'سازمان‌ملل', type: 'organization' })).toBe(entityKey({ start: 0, end: 0, text: 'سازمان ملل', type: 'organization' }));
    expect(entityKey({ start: 0, end: 0, text: 'كرج', type: 'city' })).toBe(entityKey({ start: 0, end: 0, text: 'کرج', type: 'city' }));
    expect(entityKey({ start: 0, end: 0, text: 'محمدجواد_ظریف', type: 'person' })).toBe(entityKey({ start: 0, end: 0, text: 'محمدجواد ظریف', type: 'person' }));
    const mentions = mentionsOfEntityAt(document, ENTITIES, { line: 1, character: 2 });
    expect(mentions.map((m) => m.text)).toEqual(['توکایف', 'توکایف']);
  });

  it('links a surname alone to the one person the document names in full with it', () => {
    const text = 'توکایف آمد. قاسم‌جومارت توکایف به واشنگتن رفت و علی لاریجانی و صادق لاریجانی گفتند؛ لاریجانی افزود و توکایف رفت.';
    const entities = [
      entity('توکایف', text, 'person', 0),
      entity('قاسم‌جومارت توکایف', text, 'person'),
      entity('علی لاریجانی', text, 'person'),
      entity('صادق لاریجانی', text, 'person'),
      entity('لاریجانی', text, 'person', 2),
      entity('توکایف', text, 'person', 2),
    ];
    const page = TextDocument.create('file:///b.txt', 'plaintext', 1, text);
    const at = (offset: number) => page.positionAt(offset + 1);
    expect(mentionsOfEntityAt(page, entities, at(entities[5].start)).map((m) => m.text)).toEqual(['توکایف', 'قاسم‌جومارت توکایف', 'توکایف']);
    expect(mentionsOfEntityAt(page, entities, at(entities[1].start)).map((m) => m.start)).toEqual([entities[0].start, entities[1].start, entities[5].start]);
    // Two Larijanis: the surname alone is neither of them.
    expect(mentionsOfEntityAt(page, entities, at(entities[4].start)).map((m) => m.text)).toEqual(['لاریجانی']);
    // The outline names the person by the full name, though the surname came first.
    const people = entitySymbols(page, entities, 'fa')[0].children!;
    expect(people.map((p) => [p.name, p.children!.length])).toEqual([['قاسم‌جومارت توکایف', 3], ['علی لاریجانی', 1], ['صادق لاریجانی', 1], ['لاریجانی', 1]]);
  });

  it('finds nothing where the cursor is on no entity', () => {
    expect(mentionsOfEntityAt(document, ENTITIES, { line: 1, character: 8 })).toEqual([]);
  });
});
