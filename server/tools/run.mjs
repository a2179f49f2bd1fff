// Runs a TypeScript tool (training, evaluation, derivation, benchmark): bundles it with esbuild into dist/.tools
// and runs it with the remaining arguments. One runner for every `npm run` script that executes TypeScript.
//   node server/tools/run.mjs server/tools/eval-ner.ts [args…]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node server/tools/run.mjs TOOL.ts [args…]');
  process.exit(2);
}
const outfile = `dist/.tools/${basename(entry).replace(/\.[cm]?ts$/, '')}.mjs`;
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  // Tools share test helpers written for CommonJS; give the ESM bundle the same __dirname depth (dist/.tools ~ test/x).
  banner: { js: "import { fileURLToPath as __dabirPath } from 'node:url'; import { dirname as __dabirDir } from 'node:path'; const __filename = __dabirPath(import.meta.url); const __dirname = __dabirDir(__filename);" } });
const result = spawnSync(process.execPath, ['--max-old-space-size=8192', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
