// Every word Dabir shows a writer exists in Persian and in English: the rules' messages and fix titles (run on the
// rules' own examples and the sample article in both locales), the manifest's strings (settings, commands,
// walkthrough: `%key%` placeholders resolved in package.nls.json and package.nls.fa.json), and the client's
// strings (`vscode.l10n.t`, translated in l10n/bundle.l10n.fa.json). A string without its translation fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/analysis/analyze';
import { RULES } from '../../server/src/analysis/rules/index';
import type { Finding, Locale } from '../../server/src/analysis/types';

const ROOT = resolve(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

/** Arabic-script letters (Persian ones among them); digits and punctuation are not letters. */
const PERSIAN_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0671-\u06D3\uFB50-\uFDFF\uFE70-\uFEFF]/;
const hasPersian = (text: string) => PERSIAN_LETTER.test(text);
/**
 * English text may quote a Persian word between « and », and may name a single letter as a letter ("use Persian
 * ک", "the single letter ؤ"); nothing else in it may be Persian.
 */
const unquoted = (text: string) =>
  text.replace(/«[^»]*»/g, '').replace(/(^|[\s(“"'])[\u0600-\u06FF][\u064B-\u065F\u0670]?(?=$|[\s).,;:!?”"'])/g, '$1');

const SAMPLE = read('samples/kazakhstan-abraham-accords.fa.txt');

interface Shown {
  rule: string;
  what: string;
  text: string;
}

/** The messages, fix titles and related-location messages of findings, labelled for a readable failure. */
function shown(findings: readonly Finding[]): Shown[] {
  return findings.flatMap((finding) => [
    { rule: finding.rule, what: 'message', text: finding.message },
    ...finding.fixes.map((fix) => ({ rule: finding.rule, what: 'fix title', text: fix.title })),
    ...(finding.related ?? []).map((related) => ({ rule: finding.rule, what: 'related message', text: related.message })),
  ]);
}

function run(text: string, rule: string, locale: Locale): Finding[] {
  return analyze(text, { rules: [rule], locale, entities: false }).findings.filter((finding) => finding.rule === rule);
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s speaks both languages', (id, rule) => {
  const texts = [...rule.examples.map((example) => example.before), SAMPLE];

  it('gives Persian messages and fix titles with locale fa', () => {
    const fa = texts.flatMap((text) => shown(run(text, id, 'fa')));
    expect(fa.length).toBeGreaterThan(0);
    expect(fa.filter((item) => !hasPersian(item.text))).toEqual([]);
  });

  it('gives English messages and fix titles with locale en, Persian only inside « »', () => {
    const en = texts.flatMap((text) => shown(run(text, id, 'en')));
    expect(en.length).toBeGreaterThan(0);
    expect(en.filter((item) => hasPersian(unquoted(item.text)))).toEqual([]);
  });

  it('finds the same things in both languages, in different words', () => {
    for (const text of texts) {
      const fa = run(text, id, 'fa');
      const en = run(text, id, 'en');
      expect(en.map((f) => [f.start, f.end, f.fixes.length])).toEqual(fa.map((f) => [f.start, f.end, f.fixes.length]));
      fa.forEach((finding, index) => expect(finding.message).not.toBe(en[index].message));
    }
  });

  it('has a title and a why in both languages', () => {
    expect(hasPersian(rule.title.fa) && hasPersian(rule.why.fa)).toBe(true);
    expect(hasPersian(unquoted(rule.title.en))).toBe(false);
  });
});

// ---- the manifest ----

const manifest = json('package.json');
const nls = { en: json('package.nls.json') as Record<string, string>, fa: json('package.nls.fa.json') as Record<string, string> };

/** Every string in the manifest's user-facing parts, with where it sits. */
function manifestStrings(): { where: string; value: string }[] {
  const contributes = manifest.contributes as Record<string, unknown>;
  const out: { where: string; value: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') out.push({ where, value });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`);
  };
  walk(manifest.displayName, 'displayName');
  walk(manifest.description, 'description');
  const sections = contributes.configuration as { title: string; properties: Record<string, Record<string, unknown>> }[];
  sections.forEach((section, index) => {
    walk(section.title, `configuration[${index}].title`);
    for (const [name, schema] of Object.entries(section.properties)) {
      for (const key of ['description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage']) {
        if (key in schema) walk(schema[key], `${name}.${key}`);
      }
    }
  });
  for (const command of contributes.commands as { command: string; title: string; category?: string }[]) {
    walk(command.title, `${command.command}.title`);
    walk(command.category, `${command.command}.category`);
  }
  for (const walkthrough of (contributes.walkthroughs ?? []) as Record<string, unknown>[]) {
    walk(walkthrough.title, `walkthrough.title`);
    walk(walkthrough.description, `walkthrough.description`);
    for (const step of walkthrough.steps as Record<string, unknown>[]) {
      walk(step.title, `${step.id}.title`);
      walk(step.description, `${step.id}.description`);
    }
  }
  for (const type of (contributes.semanticTokenTypes ?? []) as Record<string, unknown>[]) walk(type.description, `${type.id}.description`);
  for (const matcher of (contributes.problemMatchers ?? []) as Record<string, unknown>[]) walk(matcher.label, `${matcher.name}.label`);
  for (const color of (contributes.colors ?? []) as Record<string, unknown>[]) walk(color.description, `${color.id}.description`);
  return out;
}

describe('the manifest speaks both languages', () => {
  it('puts every user-facing string behind a %key% placeholder', () => {
    expect(manifestStrings().filter(({ value }) => !/^%[\w.-]+%$/.test(value))).toEqual([]);
  });

  it('has every %key% in package.nls.json and package.nls.fa.json', () => {
    const keys = manifestStrings().map(({ value }) => value.slice(1, -1));
    expect(keys.filter((key) => !(key in nls.en))).toEqual([]);
    expect(keys.filter((key) => !(key in nls.fa))).toEqual([]);
  });

  it('has the same keys in both nls files, and no key the manifest does not use', () => {
    expect(Object.keys(nls.fa).sort()).toEqual(Object.keys(nls.en).sort());
    const used = new Set(manifestStrings().map(({ value }) => value.slice(1, -1)));
    expect(Object.keys(nls.en).filter((key) => !used.has(key))).toEqual([]);
  });

  it('translates every string: Persian letters in the Persian file, a different string from the English', () => {
    for (const [key, value] of Object.entries(nls.fa)) {
      expect(hasPersian(value), key).toBe(true);
      expect(value, key).not.toBe(nls.en[key]);
    }
  });

  it('keeps the same command links in both languages (walkthrough buttons)', () => {
    const links = (text: string) => [...text.matchAll(/\]\((command:[^)]+)\)/g)].map((match) => match[1]);
    for (const key of Object.keys(nls.en)) expect(links(nls.fa[key]), key).toEqual(links(nls.en[key]));
  });
});

// ---- the client ----

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const CLIENT = sourceFiles('client/src').map((path) => ({ path, text: read(path) }));
const bundle = json('l10n/bundle.l10n.fa.json') as Record<string, string>;

/** The first argument of every `l10n.t(…)` call, unescaped as JavaScript reads it. */
function l10nStrings(): { path: string; message: string | undefined }[] {
  return CLIENT.flatMap(({ path, text }) =>
    [...text.matchAll(/l10n\.t\(\s*/g)].map((match) => {
      const literal = /^'((?:[^'\\\n]|\\.)*)'\s*[,)]/.exec(text.slice(match.index + match[0].length));
      return { path, message: literal ? (JSON.parse(`"${literal[1].replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string) : undefined };
    }),
  );
}

describe('the client speaks both languages', () => {
  it('passes l10n.t a string literal, so that every message can be found and translated', () => {
    const calls = l10nStrings();
    expect(calls.length).toBeGreaterThan(20);
    expect(calls.filter((call) => call.message === undefined)).toEqual([]);
  });

  it('has a Persian translation of every l10n.t string', () => {
    const missing = l10nStrings().filter((call) => call.message !== undefined && !(call.message in bundle));
    expect(missing).toEqual([]);
    for (const [english, persian] of Object.entries(bundle)) {
      expect(hasPersian(persian), english).toBe(true);
      expect(persian, english).not.toBe(english);
      expect([...persian.matchAll(/\{\d+\}/g)].map(String).sort(), english).toEqual([...english.matchAll(/\{\d+\}/g)].map(String).sort());
    }
  });

  it('has no stale translations', () => {
    const used = new Set(l10nStrings().map((call) => call.message));
    expect(Object.keys(bundle).filter((english) => !used.has(english))).toEqual([]);
  });

  it('shows no message to the writer without l10n.t', () => {
    const raw = CLIENT.flatMap(({ path, text }) =>
      [...text.matchAll(/show(?:Information|Warning|Error)Message\(\s*['"`]/g)].map((match) => `${path}: ${match[0]}`),
    );
    expect(raw).toEqual([]);
  });
});
