// The built CLI (dist/cli.js) under bad input: random bytes, NUL bytes, invalid UTF-8, directories, missing and
// unreadable files, unknown flags and commands, a 3 MB single line, stdin and stdout closed early; and `fix --write`
// under failure: temporary file + rename keeping the mode, the original untouched on any error, a file that changed
// meanwhile refused, several files each on their own. Faults that permissions cannot cause as root (CI runs as
// root) are injected with test/support/sandbox.cjs, preloaded through NODE_OPTIONS.

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChangedMeanwhileError, writeAtomically } from '../../server/src/cli/atomicWrite';
import { CLI, dabir, type Run } from '../cli/run';
import { holds } from '../support/fastCheck';
import { assertBuilt } from '../support/rawLsp';

assertBuilt();
const SANDBOX = resolve(__dirname, '..', 'support', 'sandbox.cjs');
const scratch = () => mkdtempSync(join(tmpdir(), 'dabir-cli-adversarial-'));
const isRoot = process.getuid?.() === 0;

/** An error is one line on stderr, prefixed `dabir:`, with no stack trace. */
function expectCleanError(run: Run, pattern?: RegExp): void {
  expect(run.status).toBe(2);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^dabir: /);
  if (pattern) expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:|internal error/);
}

/** Usage errors add the usage text after their one-line reason. */
function expectUsageError(run: Run, pattern: RegExp): void {
  expectCleanError(run, pattern);
  expect(run.stderr).toMatch(/^Usage: dabir/m);
}

function sandboxEnv(log: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { NODE_OPTIONS: `--require ${SANDBOX}`, DABIR_SANDBOX_LOG: log, ...extra };
}

function readLog(log: string): string {
  try {
    return readFileSync(log, 'utf8');
  } catch {
    return '';
  }
}

const validUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Bytes of every kind: random, text with one corruption, NUL, BOMs, overlong and surrogate encodings. */
const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc
    .tuple(
      fc.constantFrom('این كتاب خوب است.\n', 'Hello, world\r\n', 'میخواهم 😀 بروم'),
      fc.constantFrom(
        [0x00],
        [0xff],
        [0xc0, 0x80],
        [0xed, 0xa0, 0x80],
        [0xd8],
        [0xf0, 0x9f, 0x98],
        [0xfe, 0xff],
        [0xef, 0xbb, 0xbf],
        [0x1b, 0x5b, 0x32, 0x4a],
      ),
      fc.nat(),
    )
    .map(([text, bad, at]) => {
      const bytes = Buffer.from(text, 'utf8');
      const cut = at % (bytes.length + 1);
      return new Uint8Array(Buffer.concat([bytes.subarray(0, cut), Buffer.from(bad), bytes.subarray(cut)]));
    }),
);

describe('dabir on bytes that are not text', () => {
  it('checks text and refuses anything else with one clear line and exit 2, file by file', () => {
    holds(
      fc.property(fc.array(hostileBytes, { minLength: 1, maxLength: 8 }), (contents) => {
        const dir = scratch();
        const files = contents.map((bytes, k) => {
          const file = join(dir, `input-${k}.txt`);
          writeFileSync(file, bytes);
          return file;
        });
        const run = dabir(['check', '--format', 'json', ...files]);
        const bad = files.filter((_, k) => contents[k].includes(0) || !validUtf8(contents[k]));
        const errorLines = run.stderr.split('\n').filter(Boolean);
        expect(errorLines.sort()).toEqual(bad.map((file) => expect.stringMatching(new RegExp(`^dabir: ${file}: (binary file|not valid UTF-8)`))).sort());
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expect(run.status).toBe(bad.length > 0 ? 2 : JSON.parse(run.stdout).files.some((f: { diagnostics: unknown[] }) => f.diagnostics.length > 0) ? 1 : 0);
        expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(files.filter((f) => !bad.includes(f)));
      }),
      5,
    );
  });

  it('refuses NUL bytes and invalid UTF-8 on stdin for check, fix and entities', () => {
    for (const command of ['check', 'fix', 'entities']) {
      expectCleanError(dabir([command], Buffer.from('کتاب\u0000کتاب', 'utf8')), /<stdin>: binary file/);
      expectCleanError(dabir([command], Buffer.from([0xd8, 0xa7, 0xd8])), /<stdin>: not valid UTF-8/);
    }
  });

  it('writes nothing to stdout when fix refuses its input', () => {
    const run = dabir(['fix'], Buffer.from([0x41, 0xff, 0x42]));
    expectCleanError(run, /not valid UTF-8/);
    expect(run.stdout).toBe('');
  });
});

describe('dabir on paths and arguments that are not what it expects', () => {
  it('refuses a directory for fix and entities', () => {
    const dir = scratch();
    expectCleanError(dabir(['fix', dir]), /is a directory/);
    expectCleanError(dabir(['entities', dir]), /is a directory/);
  });

  it('refuses a missing file, naming it', () => {
    const missing = join(scratch(), 'نیست.md');
    for (const command of ['check', 'fix', 'entities']) expectCleanError(dabir([command, missing]), /نیست\.md: no such file/);
  });

  it('refuses a file it cannot read: /proc/self/mem (unreadable even for root)', () => {
    expectCleanError(dabir(['check', '/proc/self/mem']), /cannot read \(EIO\)/);
  });

  it.skipIf(isRoot)('refuses a file without read permission (chmod 000; root reads anything, so this runs only as a user)', () => {
    const file = join(scratch(), 'secret.md');
    writeFileSync(file, 'كتاب');
    chmodSync(file, 0o000);
    expectCleanError(dabir(['check', file]), /cannot read \(EACCES\)/);
  });

  it('refuses unknown flags, unknown commands, missing and invalid values with a usage error', () => {
    expectUsageError(dabir(['check', '--frobnicate']), /unknown option --frobnicate/);
    expectUsageError(dabir(['frobnicate']), /frobnicate/);
    expectUsageError(dabir(['check', '--format']), /--format needs a value/);
    expectUsageError(dabir(['check', '--format', 'xml'], 'متن'), /--format must be one of/);
    expectUsageError(dabir(['check', '--rules', 'no-such-rule'], 'متن'), /unknown rule or family "no-such-rule"/);
    expectUsageError(dabir(['check', '--locale', 'de'], 'متن'), /--locale must be one of/);
    expectUsageError(dabir(['fix', '-', '--write']), /--write|stdin/);
    expectUsageError(dabir(['lsp']), /--stdio/);
  });

  it('treats an argument after -- as a file, even when it looks like a flag', () => {
    expectCleanError(dabir(['check', '--', '--write']), /--write: no such file/);
  });
});

const hasGit = spawnSync('git', ['--version']).status === 0;

describe('dabir on a folder from an untrusted repository', () => {
  it.skipIf(!hasGit)('checks it without running the programs its git config names (core.fsmonitor)', () => {
    const repo = scratch();
    const marker = join(scratch(), 'ran');
    const git = (...args: string[]) => expect(spawnSync('git', ['-C', repo, ...args]).status).toBe(0);
    git('init', '-q', '.');
    writeFileSync(join(repo, 'note.md'), 'این كتاب است.\n');
    git('config', 'core.fsmonitor', `touch ${marker}; echo`);
    const run = dabir(['check', repo, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual([join(repo, 'note.md')]);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('dabir on a 3 MB single line', () => {
  // Mostly clean prose, with a sentence to fix (and a URL to leave alone) every hundred: the size is the attack,
  // not the number of findings.
  const clean = 'این متن درست است و هیچ ایرادی ندارد، پس خواننده آن را به آسانی می‌خواند. ';
  const faulty = 'این كتاب را میخواهم https://example.com/ي . ';
  const line = Array.from({ length: 24_000 }, (_, k) => (k % 100 === 0 ? faulty : clean)).join('');

  it('checks it and reports findings with offsets inside the line', () => {
    expect(Buffer.byteLength(line)).toBeGreaterThan(3_000_000);
    const run = dabir(['check', '--format', 'json'], line);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const diagnostics = JSON.parse(run.stdout).files[0].diagnostics as { start: number; end: number; line: number; text: string; rule: string }[];
    expect(diagnostics.filter((d) => d.rule === 'characters-arabic-letters')).toHaveLength(240);
    for (const d of diagnostics) {
      expect(d.line).toBe(0);
      expect(line.slice(d.start, d.end)).toBe(d.text);
    }
  }, 300_000);

  it('fixes it, leaving every URL alone', () => {
    const run = dabir(['fix'], line);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('ك');
    expect(run.stdout.split('https://example.com/ي').length - 1).toBe(240);
    expect(run.stdout.split(clean).length - 1).toBe(24_000 - 240);
  }, 300_000);
});

/** Runs the CLI as a child with its pipes under the test's control. */
function start(args: string[], stdio: ('pipe' | 'ignore')[] = ['pipe', 'pipe', 'pipe']) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: stdio as any, env: { PATH: process.env.PATH, LANG: 'C' } });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<number | null>((resolveExit) => child.on('close', (code) => resolveExit(code)));
  return { child, done, stdout: () => stdout, stderr: () => stderr, onStdout: (f: (s: string) => void) => child.stdout!.on('data', (c: string) => { stdout += c; f(c); }) };
}

describe('dabir when its pipes close early', () => {
  it('reads stdin that is closed from the start (/dev/null) as an empty document', () => {
    const run = start(['check', '--format', 'json'], ['ignore', 'pipe', 'pipe']);
    run.onStdout(() => {});
    return run.done.then((code) => {
      expect(code).toBe(0);
      expect(JSON.parse(run.stdout())).toEqual({ files: [{ path: '<stdin>', diagnostics: [] }] });
    });
  });

  it('refuses stdin closed in the middle of a character', async () => {
    const run = start(['check']);
    run.onStdout(() => {});
    run.child.stdin!.end(Buffer.from('کتاب').subarray(0, 3));
    expect(await run.done).toBe(2);
    expect(run.stderr()).toMatch(/^dabir: <stdin>: not valid UTF-8/);
  });

  it('stops quietly when the reader of its output goes away (dabir check | head -1)', async () => {
    const run = start(['check']);
    run.onStdout(() => run.child.stdout!.destroy());
    run.child.stdin!.end('این كتاب را میخواهم.\n\n'.repeat(3_000));
    const code = await run.done;
    expect([0, 1]).toContain(code);
    expect(run.stderr()).not.toMatch(/EPIPE|^\s+at /m);
  });
});

const broken = 'این كتاب را میخواهم.\r\n';
const fixed = 'این کتاب را می‌خواهم.\r\n';

describe('fix --write', () => {
  it('writes a temporary file and renames it over the original, keeping the mode and the line endings', () => {
    const dir = scratch();
    const file = join(dir, 'نامه.md');
    writeFileSync(file, broken);
    chmodSync(file, 0o640);
    const before = statSync(file);
    const log = join(dir, 'sandbox.log');
    const run = dabir(['fix', '--write', file], undefined, sandboxEnv(log, { DABIR_SANDBOX_ALLOW_WRITES: '1' }));
    expect(run.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    const after = statSync(file);
    expect(after.mode & 0o7777).toBe(0o640);
    expect(after.ino).not.toBe(before.ino);
    expect(readdirSync(dir).sort()).toEqual(['sandbox.log', 'نامه.md']);
    // The sandbox saw a write to a temporary file beside the original, then a rename onto it, and nothing else.
    const attempts = readLog(log).trim().split('\n').map((l) => JSON.parse(l) as { what: string; detail: string });
    expect(attempts.map((a) => a.what)).toEqual(['fs.writeFileSync', 'fs.chmodSync', 'fs.renameSync']);
    expect(attempts[0].detail).toMatch(/\/\.نامه\.md\.dabir-\d+\.tmp, /);
  });

  it('keeps a byte-order mark, and writes through a symbolic link to the file it points to', () => {
    const dir = scratch();
    const withBom = join(dir, 'bom.md');
    writeFileSync(withBom, '\uFEFF' + broken);
    expect(dabir(['fix', '--write', withBom]).status).toBe(0);
    expect(readFileSync(withBom, 'utf8')).toBe('\uFEFF' + fixed);
    const target = join(dir, 'target.md');
    const link = join(dir, 'link.md');
    writeFileSync(target, broken);
    symlinkSync('target.md', link);
    expect(dabir(['fix', '--write', link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('target.md');
    expect(readFileSync(target, 'utf8')).toBe(fixed);
  });

  it('does not rewrite a file that needs no fix', () => {
    const dir = scratch();
    const file = join(dir, 'clean.md');
    writeFileSync(file, fixed);
    const before = statSync(file);
    const log = join(dir, 'sandbox.log');
    expect(dabir(['fix', '--write', file], undefined, sandboxEnv(log)).status).toBe(0);
    expect(statSync(file).ino).toBe(before.ino);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(readLog(log)).toBe('');
  });

  for (const [what, failing] of [
    ['the disk is full when the temporary file is written', 'fs.writeFileSync'],
    ['the rename fails', 'fs.renameSync'],
    ['the mode cannot be set', 'fs.chmodSync'],
  ] as const) {
    it(`leaves the original untouched and no temporary file behind when ${what}`, () => {
      const dir = scratch();
      const file = join(dir, 'doc.md');
      writeFileSync(file, broken);
      const run = dabir(['fix', '--write', file], undefined, sandboxEnv(join(scratch(), 'sandbox.log'), { DABIR_SANDBOX_ALLOW_WRITES: '1', DABIR_SANDBOX_FAIL: failing }));
      expectCleanError(run, /injected failure/);
      expect(readFileSync(file, 'utf8')).toBe(broken);
      expect(readdirSync(dir)).toEqual(['doc.md']);
    });
  }

  it('refuses to write over a file that another program changed while Dabir was fixing it', () => {
    const dir = scratch();
    const file = join(dir, 'shared.md');
    writeFileSync(file, broken);
    const run = dabir(['fix', '--write', '--locale', 'en', file], undefined, sandboxEnv(join(scratch(), 'sandbox.log'), { DABIR_SANDBOX_ALLOW_WRITES: '1', DABIR_SANDBOX_TOUCH: file }));
    expectCleanError(run, /changed while it was being processed; nothing written/);
    expect(readFileSync(file, 'utf8')).toBe(broken + ' (edited meanwhile)');
    expect(readdirSync(dir)).toEqual(['shared.md']);
  });

  it('writeAtomically refuses when the text on disk is no longer the text that was fixed, and cleans up', () => {
    const dir = scratch();
    const file = join(dir, 'doc.md');
    writeFileSync(file, broken);
    const original = { text: broken, mtimeMs: statSync(file).mtimeMs, mode: statSync(file).mode };
    writeFileSync(file, 'ویرایش دیگری');
    expect(() => writeAtomically(file, fixed, original)).toThrow(ChangedMeanwhileError);
    expect(readFileSync(file, 'utf8')).toBe('ویرایش دیگری');
    expect(readdirSync(dir)).toEqual(['doc.md']);
    // Same text but touched (an editor saved it unchanged): still refused, since it may be mid-save.
    writeFileSync(file, broken);
    expect(() => writeAtomically(file, fixed, { ...original, mtimeMs: original.mtimeMs - 1000 })).toThrow(ChangedMeanwhileError);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });

  it('fixes several files each on its own: a failure in one leaves the others fixed and itself untouched', () => {
    const dir = scratch();
    const good = join(dir, 'a.md');
    const clean = join(dir, 'b.md');
    const binary = join(dir, 'c.md');
    const missing = join(dir, 'd.md');
    const folder = join(dir, 'e');
    const last = join(dir, 'f.md');
    writeFileSync(good, broken);
    writeFileSync(clean, fixed);
    writeFileSync(binary, Buffer.from([0x41, 0x00, 0xd9, 0x83]));
    mkdirSync(folder);
    writeFileSync(last, 'يك');
    const run = dabir(['fix', '--write', good, clean, binary, missing, folder, last]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `dabir: ${binary}: binary file (contains NUL bytes); not checked`,
      `dabir: ${missing}: no such file`,
      `dabir: ${folder}: is a directory`,
    ]);
    expect(readFileSync(good, 'utf8')).toBe(fixed);
    expect(readFileSync(clean, 'utf8')).toBe(fixed);
    expect(readFileSync(binary)).toEqual(Buffer.from([0x41, 0x00, 0xd9, 0x83]));
    expect(readFileSync(last, 'utf8')).toBe('یک');
  });
});

describe('the CLI opens no socket and writes nothing it was not asked to', () => {
  it('check, fix, entities and lookup run under the sandbox without trying anything', () => {
    const dir = scratch();
    const log = join(dir, 'sandbox.log');
    const file = join(dir, 'doc.md');
    writeFileSync(file, broken);
    const env = sandboxEnv(log);
    expect(dabir(['check', file, '--format', 'json'], undefined, env).status).toBe(1);
    expect(dabir(['fix', file], undefined, env).stdout).toBe(fixed);
    expect(dabir(['entities', file], undefined, env).status).toBe(0);
    expect([0, 1]).toContain(dabir(['lookup', 'قزاقستان'], undefined, env).status);
    expect(readLog(log)).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });
});
