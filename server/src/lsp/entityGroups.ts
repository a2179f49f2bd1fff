// What the entity features (semantic tokens, outline, highlights, references) share: which mentions are the same
// entity (the knowledge base's id when it gave one, else the folded name, within one type; a person's surname alone
// is the person the document names in full with it), the names of the entity types as writers read them, and the
// entity under a position.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver/node';
import { normalizeWord } from '../analysis/ner/normalize';
import type { Entity, EntityType, Locale, Localized } from '../analysis/types';

export const ENTITY_GROUP_NAMES: Record<EntityType, Localized> = {
  country: { fa: 'کشورها', en: 'Countries' },
  nationality: { fa: 'ملیت‌ها', en: 'Nationalities' },
  treaty: { fa: 'پیمان‌ها', en: 'Treaties' },
  person: { fa: 'اشخاص', en: 'People' },
  organization: { fa: 'سازمان‌ها', en: 'Organisations' },
  city: { fa: 'شهرها', en: 'Cities' },
  region: { fa: 'مناطق', en: 'Regions' },
  location: { fa: 'مکان‌ها', en: 'Places' },
  facility: { fa: 'تأسیسات', en: 'Facilities' },
  event: { fa: 'رویدادها', en: 'Events' },
  product: { fa: 'آثار و فراورده‌ها', en: 'Works and products' },
  date: { fa: 'تاریخ‌ها', en: 'Dates' },
  time: { fa: 'زمان‌ها', en: 'Times' },
  money: { fa: 'مبالغ', en: 'Sums of money' },
  percent: { fa: 'درصدها', en: 'Percentages' },
};

/** The order of the outline: the knowledge base's kinds first (what the article is about), numbers last. */
export const GROUP_ORDER = Object.keys(ENTITY_GROUP_NAMES) as EntityType[];

/** A name with its spaces, ZWNJs and a hashtag's underscores left out, folded (normalizeWord). */
const fold = (text: string) => normalizeWord(text.replace(/[\s\u200c_]+/g, ''));

/** Two mentions are the same entity when they share a type and an id, or (without ids) a folded name. */
export function entityKey(entity: Entity): string {
  if (entity.id) return `${entity.type}#${entity.id}`;
  return `${entity.type}:${fold(entity.text)}`;
}

/**
 * Each mention's entity key (entityKey), in the document's terms: a person named by one word («توکایف») is the
 * person the document names in full with that last word («قاسم‌جومارت توکایف»), when only one such person is
 * named (two Larijanis leave «لاریجانی» alone its own entity).
 */
export function entityKeysOf(entities: readonly Entity[]): string[] {
  const keys = entities.map(entityKey);
  /** A surname's full name's key, or null when several full names end with it. */
  const fullNames = new Map<string, string | null>();
  entities.forEach((entity, k) => {
    const words = entity.type === 'person' && !entity.id ? entity.text.trim().split(/[\s_]+/) : [];
    if (words.length < 2) return;
    const surname = fold(words[words.length - 1]);
    const known = fullNames.get(surname);
    fullNames.set(surname, known === undefined || known === keys[k] ? keys[k] : null);
  });
  if (fullNames.size === 0) return keys;
  entities.forEach((entity, k) => {
    if (entity.type !== 'person' || entity.id || /[\s_]/.test(entity.text.trim())) return;
    const full = fullNames.get(fold(entity.text));
    if (full) keys[k] = full;
  });
  return keys;
}

export function groupName(type: EntityType, locale: Locale): string {
  return ENTITY_GROUP_NAMES[type][locale];
}

export interface EntityGroup {
  key: string;
  type: EntityType;
  /** The name the outline shows: the first mention's text, or a person's full name where a surname came first. */
  name: string;
  mentions: Entity[];
}

/** Mentions gathered by entity (entityKeysOf), in order of first mention. */
export function groupMentions(entities: readonly Entity[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  const keys = entityKeysOf(entities);
  entities.forEach((entity, k) => {
    const key = keys[k];
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, type: entity.type, name: entity.text, mentions: [] }));
    else if (entity.type === 'person' && entity.text.length > group.name.length) group.name = entity.text;
    group.mentions.push(entity);
  });
  return [...groups.values()];
}

export function entityRange(document: TextDocument, entity: Entity): Range {
  return { start: document.positionAt(entity.start), end: document.positionAt(entity.end) };
}

/** The entity whose span holds the position (its end included, where a cursor after the last letter sits). */
export function entityAt(document: TextDocument, entities: readonly Entity[], position: Position): Entity | undefined {
  const offset = document.offsetAt(position);
  return entities.find((e) => e.start <= offset && offset <= e.end);
}

/** Every mention of the entity under the position, in document order; [] when there is none. */
export function mentionsOfEntityAt(document: TextDocument, entities: readonly Entity[], position: Position): Entity[] {
  const target = entityAt(document, entities, position);
  if (!target) return [];
  const keys = entityKeysOf(entities);
  const key = keys[entities.indexOf(target)];
  return entities.filter((_, k) => keys[k] === key);
}
