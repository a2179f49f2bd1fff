// `npm start`'s last step: runs the built `dabir` on the bundled sample(s) and prints a report a person can read:
// counts per family, then each finding with the text before and after. A demonstration, so it always exits 0.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const cli = join('dist', 'cli.js');
const samples = readdirSync('samples').filter((name) => !name.startsWith('.')).map((name) => join('samples', name));

function run(args) {
  try {
    return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // `check` exits 1 when it finds something: that is its answer, not a failure.
    if (error.status === 1 && error.stdout) return error.stdout;
    throw error;
  }
}

const bar = '─'.repeat(72);

/** The whole words around [start, end), so that a one-letter fix is shown in the word it changes. */
function inContext(text, start, end, replacement) {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1]) && start - from < 30) from--;
  while (to < text.length && !/\s/.test(text[to]) && to - end < 30) to++;
  return text.slice(from, start) + replacement + text.slice(end, to);
}
const codePoints = (text) => [...text].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/**
 * Whether a fix changes only what the eye cannot see (a decomposed ؤ into the single letter, a stray invisible
 * character removed): then "before" and "after" print alike and the report shows the code points too. ZWNJ fixes
 * are visible by the letters' joining, so they are left as they are.
 */
function looksUnchanged(d) {
  if (d.family === 'zwnj' || d.suggestions.length === 0) return false;
  const seen = (text) => text.normalize('NFC').replace(/\p{Cf}/gu, '');
  return seen(d.text) === seen(d.suggestions[0]);
}

for (const sample of samples) {
  const { files } = JSON.parse(run(['check', sample, '--format', 'json', '--locale', 'en']));
  const diagnostics = files[0].diagnostics;
  const text = readFileSync(sample, 'utf8');
  const byFamily = new Map();
  for (const d of diagnostics) byFamily.set(d.family, (byFamily.get(d.family) ?? 0) + 1);

  console.log(bar);
  console.log(`Dabir on ${sample}: ${diagnostics.length} findings`);
  console.log(bar);
  for (const [family, count] of [...byFamily].sort((a, b) => b[1] - a[1])) console.log(`  ${family.padEnd(12)} ${String(count).padStart(5)}`);
  console.log(bar);
  for (const d of diagnostics) {
    const before = inContext(text, d.start, d.end, d.text);
    const after = d.suggestions.length > 0 ? inContext(text, d.start, d.end, d.suggestions[0]) : '—';
    console.log(`${d.line + 1}:${d.character + 1}  ${d.rule}  ${d.message}`);
    console.log(`    before: «${before}»   after: «${after}»`);
    if (looksUnchanged(d)) console.log(`    code points: ${codePoints(d.text)} → ${codePoints(d.suggestions[0]) || 'nothing'}`);
  }
  let entities = [];
  try {
    entities = JSON.parse(run(['entities', sample, '--format', 'json'])).entities;
  } catch {
    // Entities are a later capability; the report shows what is there.
  }
  if (entities.length > 0) {
    console.log(bar);
    console.log(`Entities: ${entities.length}`);
    for (const e of entities) console.log(`  ${e.type.padEnd(12)} ${e.id ?? ''}\t${e.text}`);
  }
  console.log(bar);
}
console.log('The extension package is dabir.vsix: code --install-extension dabir.vsix');
