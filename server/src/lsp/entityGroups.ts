// What the entity features (semantic tokens, outline, highlights, references) share: which mentions are the same
// entity (the knowledge base's id when it gave one, else the folded name, within one type), the names of the
// entity types as writers read them, and the entity under a position.

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

/** Two mentions are the same entity when they share a type and an id, or (without ids) a folded name. */
export function entityKey(entity: Entity): string {
  if (entity.id) return `${entity.type}#${entity.id}`;
  return `${entity.type}:${normalizeWord(entity.text.replace(/[\s\u200c]+/g, ''))}`;
}

export function groupName(type: EntityType, locale: Locale): string {
  return ENTITY_GROUP_NAMES[type][locale];
}

export interface EntityGroup {
  key: string;
  type: EntityType;
  /** The first mention's text: the name the outline shows. */
  name: string;
  mentions: Entity[];
}

/** Mentions gathered by entity, in order of first mention. */
export function groupMentions(entities: readonly Entity[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const entity of entities) {
    const key = entityKey(entity);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, type: entity.type, name: entity.text, mentions: [] }));
    group.mentions.push(entity);
  }
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
  const key = entityKey(target);
  return entities.filter((e) => entityKey(e) === key);
}
