// The entity types as writers read them, in the UI's language (the server's types: server/src/analysis/types.ts).

import { l10n } from 'vscode';

export function entityTypeName(type: string): string {
  switch (type) {
    case 'person': return l10n.t('Person');
    case 'organization': return l10n.t('Organisation');
    case 'location': return l10n.t('Place');
    case 'country': return l10n.t('Country');
    case 'city': return l10n.t('City');
    case 'region': return l10n.t('Region');
    case 'nationality': return l10n.t('Nationality');
    case 'treaty': return l10n.t('Treaty');
    case 'facility': return l10n.t('Facility');
    case 'event': return l10n.t('Event');
    case 'product': return l10n.t('Work or product');
    case 'date': return l10n.t('Date');
    case 'time': return l10n.t('Time');
    case 'money': return l10n.t('Money');
    case 'percent': return l10n.t('Percentage');
    default: return type;
  }
}
