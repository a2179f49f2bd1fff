// `npm run test:vscode`: scenarios 1–5 in desktop VS Code through its own API, run by @vscode/test-electron against
// the `code` binary named by VSCODE_PATH. Where there is none it says so and passes: it never downloads VS Code
// (nothing outside the package registries can be fetched here, and CI must not depend on it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SCENARIOS = 5;
const vscodePath = process.env.VSCODE_PATH;

if (!vscodePath || !existsSync(vscodePath)) {
  const why = vscodePath ? `VSCODE_PATH=${vscodePath} does not exist` : 'VSCODE_PATH is not set';
  console.log(`test:vscode skipped: no desktop VS Code binary (${why}); it is never downloaded. Set VSCODE_PATH to a VS Code executable to run scenarios 1-5.`);
  console.log(`vscode: 0 passed, 0 failed, ${SCENARIOS} skipped`);
  process.exit(0);
}

if (!existsSync(join(root, 'dist', 'client.js'))) {
  const build = spawnSync('flock', ['/tmp/dabir-build.lock', 'npm', 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The suite is TypeScript; bundle it (vscode and mocha stay external: VS Code provides one, node_modules the other).
const outDir = join(root, '.e2e-tools', 'vscode-suite');
mkdirSync(outDir, { recursive: true });
const { build } = await import('esbuild');
await build({
  entryPoints: { index: join(root, 'test/e2e/vscode/suite/index.ts'), scenarios: join(root, 'test/e2e/vscode/suite/scenarios.ts') },
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'warning',
});

const workspace = mkdtempSync(join(tmpdir(), 'dabir-vscode-'));
mkdirSync(join(workspace, '.vscode'));
writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'editor.codeActionsOnSave': { 'source.fixAll.dabir': 'explicit' } }));

const { runTests } = await import('@vscode/test-electron');
try {
  await runTests({
    vscodeExecutablePath: vscodePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(outDir, 'index.js'),
    extensionTestsEnv: { DABIR_ROOT: root, DABIR_WORKSPACE: workspace, NODE_PATH: join(root, 'node_modules') },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', mkdtempSync(join(tmpdir(), 'dabir-vscode-data-'))],
  });
} catch (error) {
  console.error(`test:vscode failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
