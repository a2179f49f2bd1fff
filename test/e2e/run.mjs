// `npm run test:e2e`: sets up the real editors (Debian's Chromium and Neovim, Node 24 and code-server from npm, a
// Persian font), makes sure the .vsix that `npm start` packages is there and current, then runs the scenarios with
// vitest (test/e2e/vitest.e2e.config.ts) and exits with its status.
//
//   --readme-shots   also copy the hover-card and diagnostics screenshots into docs/images/ (committed for the README)
//   --setup-only     set up and stop (prints the set-up time)
//   --no-rebuild     use dabir.vsix as it is, even when the sources are newer (it is still built when missing)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAptPackages, ensureCodeServer, ensureNode24, ensurePersianFont, ensureVsix } from './setup/tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const toolsDir = join(root, '.e2e-tools');
const scratchHome = join(toolsDir, 'home');
const args = process.argv.slice(2);
const OWN_FLAGS = ['--readme-shots', '--setup-only', '--no-rebuild'];

/** Newest modification time under the paths that end up in the .vsix. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function vsixIsStale() {
  const vsix = join(root, 'dabir.vsix');
  if (!existsSync(vsix)) return false;
  const sources = ['client/src', 'server/src', 'server/data', 'server/tools', 'package.json', 'esbuild.mjs', 'syntaxes'];
  return newestMtime(sources.map((path) => join(root, path))) > statSync(vsix).mtimeMs;
}

const setupStarted = Date.now();
ensureAptPackages();
const node24 = ensureNode24(toolsDir);
const codeServerEntry = ensureCodeServer(toolsDir, node24);
for (const dir of ['.config', '.cache', '.local/share']) mkdirSync(join(scratchHome, dir), { recursive: true });
const font = ensurePersianFont(scratchHome);
const vsix = ensureVsix(root, { rebuild: !args.includes('--no-rebuild') && vsixIsStale() });
const setupSeconds = (Date.now() - setupStarted) / 1000;
console.log(`[e2e setup] ready in ${setupSeconds.toFixed(1)} s (Persian font: ${font}; extension: ${vsix})`);
if (args.includes('--setup-only')) process.exit(0);

const suiteStarted = Date.now();
const result = spawnSync(
  process.execPath,
  // Anything else on the command line goes to vitest (e.g. `-t "quick fix"` or a file name).
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'test/e2e/vitest.e2e.config.ts', ...args.filter((arg) => !OWN_FLAGS.includes(arg))],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      DABIR_E2E_ROOT: root,
      DABIR_E2E_TOOLS: toolsDir,
      DABIR_E2E_HOME: scratchHome,
      DABIR_E2E_NODE24_HOME: node24.home,
      DABIR_E2E_CODE_SERVER: codeServerEntry,
      DABIR_E2E_VSIX: vsix,
      DABIR_E2E_README_SHOTS: args.includes('--readme-shots') ? '1' : '',
    },
  },
);
console.log(`[e2e] set-up ${setupSeconds.toFixed(1)} s, suite ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`);
process.exit(result.status ?? 1);
