import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE, dabir } from './run';

const scratch = () => mkdtempSync(join(tmpdir(), 'dabir-cli-'));

describe('dabir check', () => {
  it('reports the sample in the contract JSON and exits 1', () => {
    const run = dabir(['check', SAMPLE, '--format', 'json']);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].path).toBe(SAMPLE);
    const text = readFileSync(SAMPLE, 'utf8');
    expect(json.files[0].diagnostics.length).toBeGreaterThan(0);
    for (const d of json.files[0].diagnostics) {
      expect(Object.keys(d).sort()).toEqual(
        ['character', 'end', 'family', 'line', 'message', 'rule', 'severity', 'start', 'suggestions', 'text'].sort(),
      );
      expect(d.rule.startsWith(`${d.family}-`)).toBe(true);
      expect(text.slice(d.start, d.end)).toBe(d.text);
      const lines = text.split('\n');
      const lineStart = lines.slice(0, d.line).reduce((sum, l) => sum + l.length + 1, 0);
      expect(lineStart + d.character).toBe(d.start);
    }
  });

  it('exits 0 and prints nothing on clean Persian text from stdin', () => {
    const run = dabir(['check', '--format', 'json'], 'این متن درست است.\n');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ files: [{ path: '<stdin>', diagnostics: [] }] });
  });

  it('prints file:line:col, the rule, the message and the suggestion in the text format', () => {
    const run = dabir(['check', '-', '--rules', 'characters', '--locale', 'en'], 'سلام\nكتاب خوب\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^<stdin>:2:1 {2}characters-arabic-letters {2}.+ {2}«ك» {2}→ ک$/m);
  });

  it('gives messages in the language --locale names', () => {
    const fa = dabir(['check', '-', '--rules', 'characters', '--format', 'json', '--locale', 'fa'], 'كتاب');
    const en = dabir(['check', '-', '--rules', 'characters', '--format', 'json', '--locale', 'en'], 'كتاب');
    const messageFa = JSON.parse(fa.stdout).files[0].diagnostics[0].message;
    const messageEn = JSON.parse(en.stdout).files[0].diagnostics[0].message;
    expect(messageFa).toMatch(/[\u0600-\u06FF]/);
    expect(messageEn).toMatch(/[A-Za-z]/);
    expect(messageEn).not.toMatch(/[\u0620-\u064A]/);
  });

  it.each([
    ['a missing file', (dir: string) => join(dir, 'nope.md'), /no such file/],
    ['a folder without documents', (dir: string) => dir, /no Markdown or text files to check/],
    ['a binary file', (dir: string) => { const f = join(dir, 'b.bin'); writeFileSync(f, Buffer.from([0x50, 0, 1, 2])); return f; }, /binary file/],
    ['invalid UTF-8', (dir: string) => { const f = join(dir, 'l.txt'); writeFileSync(f, Buffer.from([0xd8, 0x28, 0x41])); return f; }, /not valid UTF-8/],
  ])('refuses %s with one line on stderr and exit 2', (_name, make, message) => {
    const run = dabir(['check', make(scratch())]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks every Markdown and text file of a folder, in order, skipping what .gitignore ignores', () => {
    const dir = scratch();
    for (let k = 0; k < 20; k++) writeFileSync(join(dir, `note-${String(k).padStart(2, '0')}.md`), k % 2 ? 'متن درست است.\n' : 'این كتاب خوب است.\n');
    writeFileSync(join(dir, 'ignored.md'), 'كتاب\n');
    writeFileSync(join(dir, '.gitignore'), 'ignored.md\n');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0, 0]));
    spawnSync('git', ['init', '-q', dir]);
    const run = dabir(['check', dir, '--format', 'json', '--rules', 'characters']);
    expect(run.status).toBe(1);
    const files = JSON.parse(run.stdout).files as { path: string; diagnostics: { rule: string }[] }[];
    expect(files.map((f) => f.path)).toEqual(Array.from({ length: 20 }, (_, k) => join(dir, `note-${String(k).padStart(2, '0')}.md`)));
    expect(files.map((f) => f.diagnostics.length)).toEqual(Array.from({ length: 20 }, (_, k) => (k % 2 ? 0 : 1)));
  });

  it('refuses a directory where one document is expected', () => {
    const run = dabir(['fix', scratch()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is a directory/);
  });

  it('rejects an unknown flag, an unknown rule and an unknown command with exit 2', () => {
    expect(dabir(['check', '--frobnicate']).status).toBe(2);
    const rule = dabir(['check', '--rules', 'nonsense'], 'متن');
    expect(rule.status).toBe(2);
    expect(rule.stderr).toMatch(/unknown rule or family "nonsense"/);
    expect(dabir(['dance']).status).toBe(2);
  });
});

describe('dabir fix', () => {
  it('writes the fixed text of stdin to stdout and keeps its line endings', () => {
    const run = dabir(['fix', '--rules', 'characters'], 'كتاب\r\nيك\r\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('کتاب\r\nیک\r\n');
  });

  it('leaves names alone with --rules zwnj as with every rule (ال گور stays apart, کتابها gets its ZWNJ)', () => {
    const input = 'آقای ال گور گفت که کتابها را میخواند.\n';
    const expected = 'آقای ال گور گفت که کتاب\u200Cها را می\u200Cخواند.\n';
    expect(dabir(['fix', '--rules', 'zwnj'], input).stdout).toBe(expected);
    expect(dabir(['fix'], input).stdout).toBe(expected);
  });

  it('rewrites a file in place with --write, keeping its mode, and is idempotent', () => {
    const file = join(scratch(), 'draft.md');
    writeFileSync(file, 'این كتاب را خواندم\n');
    chmodSync(file, 0o640);
    expect(dabir(['fix', file, '--write']).status).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect(once).toBe('این کتاب را خواندم\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(dabir(['fix', file, '--write']).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(once);
  });

  it('leaves code blocks, URLs and Latin text untouched', () => {
    const input = 'كتاب https://example.com/a,b?x=1 و `ي = 1, 2` and "quoted, text"\n\n```\nكود, 123\n```\n';
    const run = dabir(['fix'], input);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('https://example.com/a,b?x=1');
    expect(run.stdout).toContain('`ي = 1, 2`');
    expect(run.stdout).toContain('"quoted, text"');
    expect(run.stdout).toContain('```\nكود, 123\n```');
    expect(run.stdout.startsWith('کتاب')).toBe(true);
  });

  it('refuses --write on stdin', () => {
    expect(dabir(['fix', '-', '--write'], 'متن').status).toBe(2);
  });
});
