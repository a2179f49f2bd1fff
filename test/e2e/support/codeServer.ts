// A real VS Code (code-server, on Node 24) with the packaged extension installed, and headless Chromium driving it
// through playwright-core. code-server runs in its own process group so that stopping it also stops its file
// watcher, extension host and our language server; `--reconnection-grace-time 5` lets a closed page's extension host
// end instead of lingering for hours.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { paths, scratchHomeEnv } from './paths';

/** User settings that keep the run quiet and the hovers quick. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  // The values as VS Code 1.139 migrates them: the old ones make it rewrite settings.json while the first window starts.
  'extensions.autoUpdate': 'off',
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  // VS Code for the web saves after a delay by default; the scenarios save explicitly, as desktop users do.
  'files.autoSave': 'off',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.colorTheme': 'Dark Modern',
};

/** Process groups still running, ended on the way out even if the run is interrupted before its afterAll. */
const liveGroups = new Set<number>();
function killLiveGroups(): void {
  for (const pgid of liveGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  liveGroups.clear();
}
process.once('exit', killLiveGroups);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killLiveGroups();
    process.exit(1);
  });
}

function codeServerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...scratchHomeEnv(),
    PATH: `${join(paths.node24Home, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: paths.node24Home,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Installs the .vsix into a fresh extensions folder (code-server accepts only a .vsix, not a folder); returns the installed extension's folder. */
export function installExtension(extensionsDir: string, userDataDir: string): string {
  const result = spawnSync(
    paths.node24,
    [paths.codeServer, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', paths.vsix, '--force'],
    { env: codeServerEnv(), encoding: 'utf8' },
  );
  if (result.status !== 0 || !/successfully installed/i.test(result.stdout)) {
    throw new Error(`installing ${paths.vsix} failed (${result.status}): ${result.stdout}\n${result.stderr}`);
  }
  const installed = readdirSync(extensionsDir).find((name) => name.startsWith('dabir.dabir-'));
  if (!installed) throw new Error(`${paths.vsix} installed, but no dabir.dabir-* folder is in ${extensionsDir}`);
  return join(extensionsDir, installed);
}

export interface CodeServer {
  url: string;
  userDataDir: string;
  /** The page URL that opens `folder` as the workspace. */
  folderUrl(folder: string): string;
  stop(): Promise<void>;
  log(): string;
}

async function waitForHealthz(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function startCodeServer(options: {
  extensionsDir: string;
  settings?: Record<string, unknown>;
  locale?: string;
  /** More command-line arguments, e.g. `--log trace` when investigating. */
  extraArgs?: string[];
}): Promise<CodeServer> {
  const runDir = mkdtempSync(join(paths.tools, 'run-'));
  const userDataDir = join(runDir, 'data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  if (options.locale) writeFileSync(join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale: options.locale }));
  const port = await freePort();
  const args = [
    paths.codeServer,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
    '--extensions-dir', options.extensionsDir,
    '--user-data-dir', userDataDir,
    ...(options.locale ? ['--locale', options.locale] : []),
    ...(options.extraArgs ?? []),
  ];
  // detached = setsid: code-server leads its own process group, which we kill as a whole.
  const child = spawn(paths.node24, args, { env: codeServerEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) liveGroups.add(child.pid);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000);
    await exited;
    clearTimeout(killer);
    liveGroups.delete(child.pid);
    // Its user data (settings, logs, caches) is per run; the last failing run's logs are in test-output/ instead.
    rmSync(runDir, { recursive: true, force: true });
    // The group may outlive its leader by a moment (file watcher, extension host): make sure it is gone.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  try {
    await waitForHealthz(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, userDataDir, folderUrl: (folder) => `${url}/?folder=${encodeURIComponent(folder)}`, stop, log: () => output };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: paths.chromium,
    headless: true,
    env: { ...process.env, ...scratchHomeEnv() },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // No crash reporter: its handler process would outlive the browser.
      '--disable-breakpad',
      '--disable-crash-reporter',
      '--lang=en-US',
    ],
  });
}
