// Neovim 0.7 (Debian's, headless) as a second, independent LSP client: it starts `dabir lsp --stdio` itself, shows
// the diagnostics, asks for a hover and applies a quick fix (test/e2e/nvim/init.lua), and writes down what it saw.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { check, type CliDiagnostic } from './support/cli';
import { positionOf, probeFeatures, WAITS_FOR, type Features } from './support/features';
import { paths, scratchHomeEnv } from './support/paths';
import { SAMPLE_NAME } from './support/workspace';

interface NeovimRun {
  errors: string[];
  textBefore: string;
  diagnostics?: { message: string; code?: string; source?: string; range: { start: { line: number; character: number } } }[];
  shownByNeovim?: number;
  hover?: string;
  actionTitle?: string;
  textAfter?: string;
  diagnosticGone?: boolean;
}

let features: Features;
let expected: CliDiagnostic[];
let run: NeovimRun;
/** The diagnostic whose quick fix Neovim applies: the joined verb مینامد when the ZWNJ rules are in, else the first. */
let target: CliDiagnostic | undefined;

function requireFeatures(ctx: TestContext, ...needed: (keyof typeof WAITS_FOR)[]): void {
  if (features.unavailable) ctx.skip(`server not available: ${features.unavailable}`);
  const missing = needed.filter((name) => !features[name]);
  if (missing.length > 0) ctx.skip(`waits for ${missing.map((name) => WAITS_FOR[name]).join('; ')}`);
}

beforeAll(() => {
  return probeFeatures().then((probed) => {
    features = probed;
    if (!features.diagnostics) return;
    const dir = mkdtempSync(join(paths.tools, 'nvim-'));
    const file = join(dir, SAMPLE_NAME);
    const text = readFileSync(paths.sample, 'utf8');
    writeFileSync(file, text);
    expected = check(file, ['--locale', 'en']);
    target = expected.find((d) => d.text === 'مینامد' && d.suggestions.length > 0) ?? expected.find((d) => d.suggestions.length > 0);
    const config = join(dir, 'config.json');
    const out = join(dir, 'out.json');
    writeFileSync(
      config,
      JSON.stringify({
        cli: paths.cli,
        out,
        hover: positionOf(text, 'قزاقستان'),
        action: target ? { line: target.line, character: target.character } : { line: 0, character: 0 },
      }),
    );
    mkdirSync(join(paths.home, '.local', 'state'), { recursive: true });
    const nvim = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(paths.root, 'test', 'e2e', 'nvim', 'init.lua'), file], {
      cwd: dir,
      env: { ...process.env, ...scratchHomeEnv(), DABIR_NVIM_CONFIG: config },
      encoding: 'utf8',
      timeout: 90_000,
    });
    try {
      run = JSON.parse(readFileSync(out, 'utf8')) as NeovimRun;
    } catch {
      throw new Error(`Neovim wrote no result (exit ${nvim.status}):\n${nvim.stdout}\n${nvim.stderr}`);
    }
  });
});

describe('Neovim 0.7 (headless) with dabir lsp --stdio', () => {
  it('shows the same diagnostics as `dabir check`', (ctx) => {
    requireFeatures(ctx, 'diagnostics');
    expect(run.errors).toEqual([]);
    expect(run.shownByNeovim).toBe(expected.length);
    const seen = run.diagnostics!.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`).sort();
    expect(seen).toEqual(expected.map((d) => `${d.line}:${d.character} ${d.rule}`).sort());
    expect(new Set(run.diagnostics!.map((d) => d.source))).toEqual(new Set(['dabir']));
    // The settings Neovim pushed (dabir.locale = en) took effect: the messages are the CLI's English ones.
    expect(run.diagnostics!.map((d) => d.message).sort()).toEqual(expected.map((d) => d.message).sort());
  });

  it('hovering قزاقستان shows the country card', (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'countryCard');
    expect(run.hover).toMatch(/Kazakhstan/);
    expect(run.hover).toMatch(/آستانه|Astana/);
  });

  it('applies a quick fix, and its diagnostic goes away', (ctx) => {
    requireFeatures(ctx, 'diagnostics');
    expect(target, 'a diagnostic with a suggestion').toBeDefined();
    const before = run.textBefore;
    const offsets = { start: target!.start, end: target!.end };
    const candidates = target!.suggestions.map((s) => before.slice(0, offsets.start) + s + before.slice(offsets.end));
    expect(candidates).toContain(run.textAfter);
    expect(run.diagnosticGone).toBe(true);
  });
});
