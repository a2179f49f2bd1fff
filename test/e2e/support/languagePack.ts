// A minimal Persian language pack, made for the suite: VS Code shows a display language only when an installed
// extension contributes it (`contributes.localizations`), and no Persian pack is on npm or in Debian. It goes through
// the same steps as a Marketplace language pack: installed in the running VS Code (whose server then records it in
// `languagepacks.json`; code-server's command-line `--install-extension` does not), chosen with "Configure Display
// Language", after which the window reloads with language `fa` and every extension's manifest is read from its
// `package.nls.fa.json`. The pack translates only a handful of workbench strings (below), so the rest of VS Code's
// own UI stays English; what the scenario checks is Dabir's Persian, not VS Code's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './paths';

export const LANGUAGE_PACK_ID = 'dabir-e2e.language-pack-fa';

/** The few workbench strings the pack translates, by module and key (VS Code's nls.keys.json). */
const WORKBENCH_TRANSLATIONS: Record<string, Record<string, string>> = {
  'vs/workbench/contrib/files/browser/explorerViewlet': { explore: 'کاوشگر' },
  'vs/workbench/contrib/markers/browser/messages': { 'markers.panel.title.problems': 'مشکلات' },
  'vs/workbench/contrib/outline/browser/outline.contribution': { name: 'طرح کلی' },
  'vs/workbench/contrib/quickaccess/browser/quickAccess.contribution': {
    commandsQuickAccessPlaceholder: 'نام فرمانی را برای اجرا بنویسید.',
  },
  'vs/workbench/contrib/quickaccess/browser/commandsQuickAccess': { noCommandResults: 'فرمانی پیدا نشد' },
  'vs/platform/quickinput/browser/commandsQuickAccess': { morecCommands: 'فرمان‌های دیگر' },
};

/** Writes the pack's folder under `dir` and packages it with vsce; returns the .vsix (code-server installs only those). */
export function packPersianLanguagePack(dir: string): string {
  const folder = join(dir, 'language-pack-fa');
  mkdirSync(join(folder, 'translations'), { recursive: true });
  const [publisher, name] = LANGUAGE_PACK_ID.split('.');
  const manifest = {
    name,
    publisher,
    displayName: 'Persian language pack (Dabir e2e)',
    description: 'Makes Persian (fa) a display language, for testing Dabir’s Persian manifest.',
    version: '0.0.1',
    engines: { vscode: '^1.90.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        {
          languageId: 'fa',
          languageName: 'Persian',
          localizedLanguageName: 'فارسی',
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(folder, 'README.md'), '# Persian language pack for the Dabir e2e suite\n');
  writeFileSync(
    join(folder, 'translations', 'main.i18n.json'),
    JSON.stringify({ version: '1.0.0', contents: WORKBENCH_TRANSLATIONS }, null, 2),
  );
  const vsix = join(dir, 'language-pack-fa.vsix');
  const vsce = join(paths.root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix],
    { cwd: folder, encoding: 'utf8' },
  );
  if (result.status !== 0 || !existsSync(vsix)) {
    throw new Error(`packaging the Persian language pack failed (${result.status}): ${result.stdout}\n${result.stderr}`);
  }
  return vsix;
}
