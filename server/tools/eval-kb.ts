// `npm run eval:kb`: how the knowledge-base linker does on the dev corpora (PEYMA dev, ARMAN parts 1–3; PEYMA test
// is never read). There is no gold with ISO codes, so it measures two things that need none:
//  1. country accuracy: every gold location (PEYMA LOC; ARMAN loc, and org, which ARMAN uses for governments named
//     by their country) whose text is a country's standard Persian name in an independent list (ICU's Persian region
//     names) must be linked, over exactly that span, as a country with that ISO code;
//  2. agreement: of the linker's links, the share that fall on a gold entity (locations for countries, capitals and
//     regions; any entity for nationalities and treaties), with the commonest links that fall on none.
// Run: npm run eval:kb (reads ../shared/corpora; the knowledge base is compiled in memory from the sources).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setDataLoader } from '../src/analysis/data';
import { linkKnowledgeBase } from '../src/analysis/kb/linker';
import { persianKey } from '../src/analysis/kb/normalize';
import { protectedSpans, proseSegments } from '../src/analysis/text/prose';
import { tokenize } from '../src/analysis/text/tokens';
import { compileKnowledgeBase } from './compile-kb';
import { encodeNameTrie } from '../src/analysis/kb/nameTrie';

const CORPORA = join('..', 'shared', 'corpora', 'ner');

interface Span { start: number; end: number; type: string }
interface Doc { text: string; gold: Span[] }

/** Sentences as text (words joined by spaces) with gold spans; `split` separates a token from its tag. */
function read(path: string, split: (line: string) => [string, string], sep: string): Doc[] {
  const docs: Doc[] = [];
  for (const block of readFileSync(path, 'utf8').split(/\r?\n[ \t]*\r?\n/)) {
    let text = '';
    const gold: Span[] = [];
    let open: Span | undefined;
    for (const line of block.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const [word, tag] = split(line);
      if (text) text += ' ';
      const start = text.length;
      text += word;
      const [prefix, type] = tag === 'O' ? ['O', ''] : tag.split(sep);
      if (prefix === 'B' || (prefix === 'I' && (!open || open.type !== type))) {
        open = { start, end: text.length, type };
        gold.push(open);
      } else if (prefix === 'I' && open) open.end = text.length;
      else open = undefined;
    }
    if (text) docs.push({ text, gold });
  }
  return docs;
}

const kb = compileKnowledgeBase();
const files: Record<string, Uint8Array> = {
  'kb.countries.json': new TextEncoder().encode(JSON.stringify({ countries: kb.countries })),
  'kb.treaties.json': new TextEncoder().encode(JSON.stringify({ treaties: kb.treaties })),
  'kb.places.json': new TextEncoder().encode(JSON.stringify({ cities: kb.cities, regions: kb.regions })),
  'kb.matcher.json': new TextEncoder().encode(JSON.stringify(kb.matcher)),
  'kb.names.bin': encodeNameTrie(kb.names),
};
setDataLoader((name) => files[name]);

// The independent reference: ICU's Persian names of every ISO code (not our curated file).
const icu = new Intl.DisplayNames('fa', { type: 'region' });
const reference = new Map<string, string>();
for (const c of kb.countries) {
  const name = icu.of(c.iso2);
  if (name && !/[-،()]/.test(name)) reference.set(persianKey(name), c.iso2);
}

function evaluate(label: string, docs: Doc[], locationTypes: Set<string>) {
  let countryMentions = 0;
  let countryCorrect = 0;
  const wrong = new Map<string, number>();
  const linkStats = new Map<string, { links: number; agree: number }>();
  const stray = new Map<string, number>();
  // ARMAN tags laws and agreements as products: those that open with a treaty's head word are treaty mentions.
  const treatyHead = /^(پیمان|معاهده|عهدنامه|قرارداد|توافق|کنوانسیون|منشور|برجام|پروتکل)/;
  let treatyMentions = 0;
  let treatyLinked = 0;
  const unlinked = new Map<string, number>();
  for (const doc of docs) {
    const segments = proseSegments(doc.text.length, protectedSpans(doc.text, 'plaintext'));
    const links = linkKnowledgeBase({ text: doc.text, segments, tokens: tokenize(doc.text, segments) });
    for (const g of doc.gold) {
      if (!locationTypes.has(g.type)) continue;
      const iso2 = reference.get(persianKey(doc.text.slice(g.start, g.end)));
      if (!iso2) continue;
      countryMentions++;
      const link = links.find((l) => l.start === g.start && l.end === g.end);
      if (link?.type === 'country' && link.id === iso2) countryCorrect++;
      else {
        const covering = links.find((l) => l.start <= g.start && g.end <= l.end);
        const got = link ? `${link.type} ${link.id}` : covering ? `inside «${covering.text}» (${covering.type} ${covering.id})` : 'nothing';
        const key = `${doc.text.slice(g.start, g.end)} → ${got} — …${doc.text.slice(Math.max(0, g.start - 25), g.end + 25)}…`;
        wrong.set(key, (wrong.get(key) ?? 0) + 1);
      }
    }
    for (const g of doc.gold) {
      const name = doc.text.slice(g.start, g.end);
      if (g.type !== 'pro' || !treatyHead.test(name)) continue;
      treatyMentions++;
      if (links.some((l) => l.type === 'treaty' && l.start < g.end && g.start < l.end)) treatyLinked++;
      else unlinked.set(name, (unlinked.get(name) ?? 0) + 1);
    }
    for (const link of links) {
      const stats = linkStats.get(link.type) ?? { links: 0, agree: 0 };
      linkStats.set(link.type, stats);
      stats.links++;
      const placeLike = link.type === 'country' || link.type === 'city' || link.type === 'region';
      const hit = doc.gold.some((g) => g.start < link.end && link.start < g.end && (!placeLike || locationTypes.has(g.type)));
      if (hit) stats.agree++;
      else {
        const key = `${link.text} (${link.type} ${link.id})`;
        stray.set(key, (stray.get(key) ?? 0) + 1);
      }
    }
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
  console.log(`\n## ${label}: ${docs.length} sentences`);
  console.log(`country accuracy: ${countryCorrect}/${countryMentions} = ${pct(countryCorrect, countryMentions)}% of gold locations named by a standard country name linked to the right ISO code`);
  for (const [key, n] of [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  missed ×${n}: ${key}`);
  console.log('| linked as | links | on a gold entity |');
  console.log('| --- | ---: | ---: |');
  for (const [type, s] of [...linkStats].sort()) console.log(`| ${type} | ${s.links} | ${pct(s.agree, s.links)}% |`);
  if (treatyMentions) {
    console.log(`treaty-like gold products (opening with پیمان، معاهده، قرارداد، توافق …) linked as a treaty: ${treatyLinked}/${treatyMentions} = ${pct(treatyLinked, treatyMentions)}%`);
    for (const [name, n] of [...unlinked].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  not linked ×${n}: ${name}`);
  }
  console.log('commonest links on no gold entity (a gold miss or ours):');
  for (const [key, n] of [...stray].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ×${n} ${key}`);
}

const peyma = read(join(CORPORA, 'peyma', 'dev.txt'), (l) => [l.slice(0, l.lastIndexOf('|')).trim(), l.slice(l.lastIndexOf('|') + 1).trim()], '_');
evaluate('PEYMA dev', peyma, new Set(['LOC']));
const arman = [1, 2, 3].flatMap((part) =>
  read(join(CORPORA, 'arman', `part${part}.txt`), (l) => [l.slice(0, l.lastIndexOf(' ')).trim(), l.slice(l.lastIndexOf(' ') + 1).trim()], '-'),
);
evaluate('ARMAN parts 1–3', arman, new Set(['loc', 'org']));
