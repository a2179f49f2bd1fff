// Builds everything `dist/` holds: compiled data first (lexicon, knowledge base; tools under server/tools/ that
// may only read node_modules and server/data, never ../shared), then the three bundles.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Build-time data compilers: each default-exports `async (outDir) => void` and writes into dist/data. */
const DATA_STEPS = [
  'server/tools/compile-lexicon.ts',
  'server/tools/compile-kb.ts',
  'server/tools/compile-stem-trie.ts',
];

/**
 * Every import of `vscode-languageserver/node` but its own resolves to server/src/host/languageServer.ts, so that
 * the CommonJS library is wrapped for ES imports once per bundle instead of once per importing module.
 */
const LANGUAGE_SERVER_MODULE = resolve('server/src/host/languageServer.ts');
const oneLanguageServerImport = {
  name: 'one-language-server-import',
  setup(builder) {
    builder.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) => (args.importer === LANGUAGE_SERVER_MODULE ? undefined : { path: LANGUAGE_SERVER_MODULE }));
  },
};

async function runTool(entry, outDir) {
  const outfile = `dist/.tools/${entry.replace(/[\\/]/g, '_').replace(/\.ts$/, '.mjs')}`;
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', packages: 'external' });
  const tool = await import(pathToFileURL(outfile).href);
  await tool.default(outDir);
}

async function main() {
  mkdirSync('dist/data', { recursive: true });
  // Committed artefacts (trained model, frequencies, curated data) ship as they are.
  if (existsSync('server/data')) {
    for (const name of readdirSync('server/data')) cpSync(`server/data/${name}`, `dist/data/${name}`, { recursive: true });
  }
  for (const step of DATA_STEPS) await runTool(step, 'dist/data');

  const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: !production, minify: production, logLevel: 'warning' };
  await Promise.all([
    build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', format: 'cjs', external: ['vscode'] }),
    build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', format: 'cjs', plugins: [oneLanguageServerImport] }),
    build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', format: 'cjs', plugins: [oneLanguageServerImport], banner: { js: '#!/usr/bin/env node' }, define: { DABIR_VERSION: JSON.stringify(version) } }),
  ]);
  if (watch) console.log('watch mode is not supported; re-run the build');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
