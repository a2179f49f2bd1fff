// `dabir lookup`: a name, alias, ISO code or slug finds its card (exit 0); anything else exits 1 with the nearest
// names on stderr; a missing TEXT or a bad --format exits 2.

import { beforeAll, describe, expect, it } from 'vitest';
import { runLookup } from '../../server/src/cli/lookup';
import { useFreshKnowledgeBase } from './kb-fixture';

beforeAll(useFreshKnowledgeBase);

async function run(args: string[], locale: 'fa' | 'en' = 'fa') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runLookup(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), locale });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dabir lookup', () => {
  it('finds Kazakhstan by its Persian name, its English name, its ISO codes and a demonym', async () => {
    for (const query of ['قزاقستان', 'Kazakhstan', 'KZ', 'kaz', 'قزاق‌ها']) {
      const { code, out } = await run([query]);
      expect(code, query).toBe(0);
      const card = JSON.parse(out);
      expect([card.kind, card.id, card.iso2, card.name_fa, card.name_en, card.capital_fa], query).toEqual([
        'country', 'KZ', 'KZ', 'قزاقستان', 'Kazakhstan', 'آستانه',
      ]);
    }
  });

  it('finds a treaty by abbreviation, alias, English acronym or slug', async () => {
    for (const query of ['برجام', 'توافق هسته‌ای', 'JCPOA', 'jcpoa']) {
      const { code, out } = await run([query]);
      expect(code, query).toBe(0);
      expect(JSON.parse(out), query).toMatchObject({ kind: 'treaty', id: 'jcpoa', name_en: 'Joint Comprehensive Plan of Action', date: '2015-07-14', date_fa: '۲۳ تیر ۱۳۹۴' });
    }
  });

  it('takes a name of several words, as separate arguments or one', async () => {
    expect(JSON.parse((await run(['صلح', 'ابراهیم'])).out).id).toBe('abraham-accords');
    expect(JSON.parse((await run(['پیمان ابراهیم'])).out).id).toBe('abraham-accords');
  });

  it('finds the country of a capital, and says so', async () => {
    expect(JSON.parse((await run(['واشنگتن'])).out)).toMatchObject({ kind: 'country', id: 'US', matched_as: 'capital' });
  });

  it('prints the card as Markdown in the chosen language', async () => {
    const { code, out } = await run(['KZ', '--format', 'markdown'], 'en');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('### 🇰🇿 Kazakhstan · قزاقستان');
  });

  it('exits 1 with the nearest names when nothing matches', async () => {
    expect(await run(['قزاقسان'])).toEqual({ code: 1, out: '', err: 'dabir: «قزاقسان» در پایگاه دانش دبیر نیست.\nنزدیک‌ترین نام‌ها: قزاقستان' });
    expect(await run(['Kazakstan'], 'en')).toEqual({ code: 1, out: '', err: 'dabir: "Kazakstan" is not in Dabir\'s knowledge base.\nNearest names: Kazakhstan' });
  });

  it('exits 2 without a name or with an unknown format', async () => {
    expect((await run([], 'en')).code).toBe(2);
    expect((await run(['KZ', '--format', 'yaml'], 'en'))).toEqual({ code: 2, out: '', err: 'dabir: --format must be json or markdown' });
  });
});
