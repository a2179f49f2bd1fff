// Dabir in a real VS Code: code-server 4.139 (VS Code 1.139) with the packaged dabir.vsix installed, driven through
// Debian's Chromium by playwright-core. Each scenario is what a writer does and sees; each waits on the DOM and
// leaves a screenshot in test-output/e2e/. A scenario whose feature has not landed is skipped naming its issue.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { check, fixText, useCli } from './support/cli';
import { installExtension, launchChromium, startCodeServer, type CodeServer } from './support/codeServer';
import { LANGUAGE_PACK_ID, packPersianLanguagePack } from './support/languagePack';
import { probeFeatures, readManifest, WAITS_FOR, zwnjKeybinding, type Features } from './support/features';
import { paths } from './support/paths';
import {
  closeWorkbench,
  hoverBox,
  hoverWord,
  openFile,
  openWorkbench,
  overlaps,
  quickFixRow,
  requireWordBox,
  runCommand,
  screenshot,
  squiggleBoxes,
  visibleText,
  waitForSquiggles,
  wordBox,
} from './support/workbench';
import { problemsCount, openProblems } from './support/problems';
import { createWorkspace, SAMPLE_NAME } from './support/workspace';

declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any

let features: Features;
let server: CodeServer;
let browser: Browser;
let extensionsDir: string;
let installDir: string;
const pages: Page[] = [];

/** Skips the scenario, naming the issue it waits for, unless every feature it needs has landed. */
function requireFeatures(ctx: TestContext, ...needed: (keyof typeof WAITS_FOR)[]): void {
  if (features.unavailable) ctx.skip(`server not available: ${features.unavailable}`);
  const missing = needed.filter((name) => !features[name]);
  if (missing.length > 0) ctx.skip(`waits for ${missing.map((name) => WAITS_FOR[name]).join('; ')}`);
}

/** What each page wrote to the browser console (the workbench's own errors land there), kept for a failed scenario. */
const consoleOf = new WeakMap<Page, string[]>();

async function open(folder: string, file: string): Promise<Page> {
  const page = await openWorkbench(browser, server, folder);
  pages.push(page);
  const lines: string[] = [];
  consoleOf.set(page, lines);
  page.on('console', (message) => lines.push(`${new Date().toISOString()} [${message.type()}] ${message.text()}`));
  await openFile(page, file);
  return page;
}

beforeAll(async () => {
  extensionsDir = mkdtempSync(join(paths.tools, 'extensions-'));
  installDir = mkdtempSync(join(paths.tools, 'install-'));
  const extension = installExtension(extensionsDir, installDir);
  // The reference (`dabir check`, `dabir fix`, the feature probe) is the CLI shipped in the same .vsix.
  useCli(join(extension, 'dist', 'cli.js'));
  features = await probeFeatures();
  // DABIR_E2E_TRACE=1 logs at trace level, with every message between VS Code and the server in Dabir's log.
  server = await startCodeServer({ extensionsDir, extraArgs: process.env.DABIR_E2E_TRACE ? ['--log', 'trace'] : [] });
  browser = await launchChromium();
});

afterEach(async (ctx) => {
  const failed = ctx.task.result?.state === 'fail';
  const scenario = ctx.task.name.split(' ')[0];
  for (const [index, page] of pages.splice(0).entries()) {
    // What the page showed when the scenario failed is the first thing to look at.
    if (failed) await screenshot(page, `FAILED-${scenario}-${index}`).catch(() => undefined);
    const lines = consoleOf.get(page);
    if (failed && lines) {
      mkdirSync(paths.screenshots, { recursive: true });
      writeFileSync(join(paths.screenshots, `FAILED-${scenario}-${index}-console.txt`), `${lines.join('\n')}\n`);
    }
    await closeWorkbench(page).catch(() => undefined);
  }
  // Then the logs (extension host, Dabir's output channel), which go with code-server's user data when the run ends.
  const logs = server ? join(server.userDataDir, 'logs') : '';
  if (failed && logs && existsSync(logs)) cpSync(logs, join(paths.screenshots, `FAILED-${scenario}-logs`), { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  for (const dir of [extensionsDir, installDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('VS Code (code-server + Chromium)', () => {
  it('1 opening the sample article draws squiggles, and the Problems count equals `dabir check`', async (ctx) => {
    requireFeatures(ctx, 'diagnostics');
    const workspace = createWorkspace('open-sample');
    const expected = check(workspace.sample).length;
    const page = await open(workspace.folder, SAMPLE_NAME);
    expect(await waitForSquiggles(page)).toBeGreaterThan(0);
    await openProblems(page);
    await expect.poll(() => problemsCount(page, SAMPLE_NAME), { timeout: 60_000 }).toBe(expected);
    await screenshot(page, '01-diagnostics', { readmeName: 'diagnostics.png' });
  });

  it('2 hovering قزاقستان shows the country card with its capital and English name, right to left', async (ctx) => {
    requireFeatures(ctx, 'countryCard');
    // The Persian card (dabir.locale = fa) is the one that reads right to left; it names the country in English too.
    const workspace = createWorkspace('country-card', { 'dabir.locale': 'fa' });
    const page = await open(workspace.folder, SAMPLE_NAME);
    const card = await hoverWord(page, 'قزاقستان', /Kazakhstan/);
    expect(card).toMatch(/آستانه/);
    expect(card).toMatch(/Astana/);
    const layout = await hoverLayout(page, 'قزاقستان');
    expect(layout?.direction === 'rtl' || /right/.test(layout?.textAlign ?? ''), `card layout ${JSON.stringify(layout)}`).toBe(true);
    // The calling code is a left-to-right piece inside a right-to-left line: «+7», not «7+».
    const plus = await hoverCharacterX(page, '+7', 0);
    const seven = await hoverCharacterX(page, '+7', 1);
    expect(plus, 'the + of +7 is drawn left of the 7').toBeLessThan(seven);
    await screenshot(page, '02-country-card', { clip: await hoverBox(page), readmeName: 'hover-card.png' });
  });

  it('3 hovering either name of the Abraham Accords shows the treaty card with both dates', async (ctx) => {
    requireFeatures(ctx, 'treatyCard');
    const workspace = createWorkspace('treaty-card');
    const page = await open(workspace.folder, SAMPLE_NAME);
    // The sample names the treaty «پیمان ابراهیم» and «صلح ابراهیم»; both must lead to the same card.
    for (const [name, shot] of [['پیمان ابراهیم', '03-treaty-card-peyman'], ['صلح ابراهیم', '03-treaty-card-solh']] as const) {
      await page.mouse.move(5, 400);
      const card = await hoverWord(page, name, /Abraham Accords/);
      // Signed on 15 September 2020 (Israel, the UAE, Bahrain); the dates appear in Persian or Latin digits.
      expect(card).toMatch(/2020|۲۰۲۰/);
      expect(card.match(/(?:19|20|۱۹|۲۰)[0-9۰-۹]{2}/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      await screenshot(page, shot, { clip: await hoverBox(page) });
    }
  });

  it('4 the quick fix on مینامد makes it می‌نامد and its diagnostic disappears', async (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'joinedVerbFix');
    const workspace = createWorkspace('quick-fix');
    const page = await open(workspace.folder, SAMPLE_NAME);
    await waitForSquiggles(page);
    const before = await requireWordBox(page, 'مینامد');
    expect((await squiggleBoxes(page)).some((squiggle) => overlaps(squiggle, before))).toBe(true);
    await page.mouse.click(before.x + before.width / 2, before.y + before.height / 2);
    const fixRow = await quickFixRow(page, 'می\u200cنامد');
    await screenshot(page, '04-quick-fix-menu');
    await fixRow.click();
    await page.waitForFunction(() => document.querySelector('.editor-instance .view-lines')?.textContent.includes('می\u200cنامد'));
    expect(await wordBox(page, 'مینامد')).toBeUndefined();
    await expect
      .poll(async () => {
        const after = await requireWordBox(page, 'می\u200cنامد');
        return (await squiggleBoxes(page)).some((squiggle) => overlaps(squiggle, after));
      })
      .toBe(false);
    await screenshot(page, '04-quick-fix-applied');
  });

  it('5 saving with source.fixAll.dabir on save writes exactly what `dabir fix` prints', async (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'fixAll');
    // With DABIR_E2E_TRACE, Dabir's log then holds the save's code action request and its answer, with their params.
    const workspace = createWorkspace('fix-on-save', { 'editor.codeActionsOnSave': { 'source.fixAll.dabir': 'explicit' }, 'dabir.trace.server': 'verbose' });
    const original = readFileSync(workspace.sample, 'utf8');
    const page = await open(workspace.folder, SAMPLE_NAME);
    await waitForSquiggles(page);
    // The writer adds a sentence at the end (with a joined verb to fix), then saves.
    const sentence = 'ما این را میدانیم.';
    const typed = original.endsWith('\n') ? `${original}${sentence}` : `${original}\n${sentence}`;
    const expected = fixText(typed);
    expect(expected).not.toBe(typed);
    await page.keyboard.press('Control+End');
    if (!original.endsWith('\n')) await page.keyboard.press('Enter');
    await page.keyboard.type(sentence);
    await page.waitForSelector('.tab.active.dirty');
    await page.keyboard.press('Control+S');
    await page.waitForSelector('.tab.active:not(.dirty)');
    const onDisk = () => readFileSync(workspace.sample, 'utf8');
    await expect.poll(onDisk, { timeout: 60_000 }).not.toBe(original);
    if (onDisk() === typed) {
      // VS Code 1.139 now and then saves without applying the fix-all it was given: in a reproduced failure, Dabir
      // answered the save's request in 89 ms, not cancelled, with the same 56 edits as in a passing run, and the
      // workbench released the action without applying it. A writer would save again; so does the scenario, once,
      // after one more keystroke (an unchanged document is not saved), and says so. Twice in a row still fails.
      await ctx.annotate('VS Code saved without applying the fix-all Dabir gave it; saved again');
      await page.keyboard.type(' ');
      await page.waitForSelector('.tab.active.dirty');
      await page.keyboard.press('Control+S');
      await page.waitForSelector('.tab.active:not(.dirty)');
      await expect.poll(onDisk, { timeout: 60_000 }).toBe(fixText(`${typed} `));
    } else {
      expect(onDisk()).toBe(expected);
    }
    await screenshot(page, '05-fixed-on-save');
  });

  it('6 entity mentions carry their semantic token types (token inspector)', async (ctx) => {
    // The extension contributes its own token types (contributes.semanticTokenTypes): a country is `dabirCountry`.
    requireFeatures(ctx, 'semanticTokens');
    // Coloured tokens are off for plain text by default (scenario 13); a writer who wants them turns them on for the language.
    const workspace = createWorkspace('semantic-tokens', { '[plaintext]': { 'editor.semanticHighlighting.enabled': true } });
    const page = await open(workspace.folder, SAMPLE_NAME);
    // The document analysed first: the inspector shows "Loading..." until the semantic tokens come, and on a loaded
    // machine they came just after vitest's default one-second poll (its failure screenshot showed dabirCountry).
    await waitForSquiggles(page);
    const box = await requireWordBox(page, 'قزاقستان');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor({ state: 'visible' });
    await expect.poll(() => widget.innerText(), { timeout: 30_000 }).toMatch(/semantic token type\s*dabirCountry\b/);
    await screenshot(page, '06-semantic-token');
  });

  it('7 the Outline view lists the entities grouped by type', async (ctx) => {
    requireFeatures(ctx, 'outline');
    const workspace = createWorkspace('outline');
    const page = await open(workspace.folder, SAMPLE_NAME);
    // Give the Outline the whole side bar: fold the file tree's section.
    await page.locator('.explorer-viewlet .pane-header', { hasText: 'outline' }).first().click();
    // Collapsed, the Outline shows only its top level: one group per entity type.
    const rows = await collapsedOutline(page);
    const groups = (await rows.allInnerTexts()).map((text) => text.trim());
    expect(groups).toEqual(expect.arrayContaining([expect.stringMatching(/^.*Countries/), expect.stringMatching(/^.*Treaties/)]));
    // Opening the Countries group shows قزاقستان one level down.
    const countries = rows.filter({ hasText: 'Countries' }).first();
    await countries.click();
    await page.keyboard.press('ArrowRight');
    const kazakhstan = rows.filter({ hasText: 'قزاقستان' }).first();
    await expect.poll(async () => kazakhstan.getAttribute('aria-level')).toBe('2');
    // Its mention count reads after the name, apart from it: a Persian name and the count's digits must not run
    // together into one right-to-left run (the count then lands on the name's far side, or inside it).
    const [name, count] = await Promise.all(['.label-name', '.label-description'].map((part) => textBox(kazakhstan.locator(part))));
    expect(count.left, `name ${JSON.stringify(name)}, count ${JSON.stringify(count)}`).toBeGreaterThanOrEqual(name.right);
    await screenshot(page, '07-outline');
  });

  it('8 turning a rule family off in the settings removes its diagnostics without a reload', async (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'rulesSetting');
    const workspace = createWorkspace('rules-setting');
    const all = check(workspace.sample);
    const family = mostFrequentFamily(all.map((d) => d.family));
    const remaining = all.filter((d) => d.family !== family).length;
    const page = await open(workspace.folder, SAMPLE_NAME);
    await waitForSquiggles(page);
    await openProblems(page);
    await expect.poll(() => problemsCount(page, SAMPLE_NAME), { timeout: 60_000 }).toBe(all.length);
    workspace.writeSettings({ 'dabir.rules.disabled': [family] });
    await expect.poll(() => problemsCount(page, SAMPLE_NAME), { timeout: 60_000 }).toBe(remaining);
    await screenshot(page, `08-${family}-off`);
  });

  it('9 typing: diagnostics follow the text, and the ZWNJ key types a ZWNJ', async (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'joinedVerbFix', 'zwnjKeybinding');
    const workspace = createWorkspace('typing');
    writeFileSync(workspace.file('draft.txt'), '');
    const page = await open(workspace.folder, 'draft.txt');
    await page.locator('.editor-instance .monaco-editor .view-lines').click();
    await page.keyboard.type('ما این کتابها را میخوانیم و میفهمیم.');
    const typed = Date.now();
    // The latency is reported, not asserted (no timing thresholds in tests: this machine's load varies).
    await waitForSquiggles(page, 1);
    await ctx.annotate(`squiggles drawn ${Date.now() - typed} ms after the last keystroke`);
    const binding = zwnjKeybinding(readManifest())!;
    await page.keyboard.press('Enter');
    await page.keyboard.type('آنها می');
    await page.keyboard.press(playwrightKey(binding.key));
    await page.keyboard.type('روند.');
    // Wait for the whole line, full stop included: the editor may draw the last keystroke a frame later.
    await page.waitForFunction(() => document.querySelector('.editor-instance .view-lines')?.textContent.includes('می\u200cروند.'));
    expect(await visibleText(page)).toContain('آنها می\u200cروند.');
    await screenshot(page, '09-typing');
  });

  it('10 with dabir.locale set to fa, the messages are Persian', async (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'localeSetting');
    const workspace = createWorkspace('persian-messages', { 'dabir.locale': 'fa' });
    const persianMessage = check(workspace.sample, ['--locale', 'fa'])[0].message;
    expect(persianMessage).toMatch(/[\u0600-\u06FF]/);
    const page = await open(workspace.folder, SAMPLE_NAME);
    await waitForSquiggles(page);
    await openProblems(page);
    await page.locator('.markers-panel .monaco-list-row', { hasText: persianMessage }).first().waitFor({ state: 'visible' });
    await screenshot(page, '10-persian-messages');
  });

  it('10b with the display language Persian, the commands are Persian under the دبیر category', async (ctx) => {
    requireFeatures(ctx, 'persianManifest');
    // A display language comes only from an installed language pack, and none for Persian is on npm or in Debian: the
    // suite makes a minimal one (support/languagePack.ts) and a writer's steps follow. It is installed from its .vsix
    // in the running VS Code (its server records language packs as they are installed; code-server's command-line
    // install does not), then chosen with "Configure Display Language", which reloads the window in Persian.
    const scratch = mkdtempSync(join(paths.tools, 'persian-'));
    const persianExtensions = join(scratch, 'extensions');
    installExtension(persianExtensions, join(scratch, 'install'));
    const pack = packPersianLanguagePack(scratch);
    const persianServer = await startCodeServer({ extensionsDir: persianExtensions });
    try {
      const workspace = createWorkspace('persian-ui');
      const page = await openWorkbench(browser, persianServer, workspace.folder);
      pages.push(page);
      await installVsixFromPalette(page, pack);
      await expect
        .poll(() => readFileSync(join(persianServer.userDataDir, 'languagepacks.json'), 'utf8'), { timeout: 60_000 })
        .toMatch(/"fa"/);
      await screenshot(page, '10b-language-pack-installed');
      await runCommand(page, 'Configure Display Language');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'فارسی' }).first().click();
      await page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Restart' }).click();
      // The window reloads in Persian: the Explorer's title is one of the strings the pack translates.
      await page.locator('.part.sidebar .title-label', { hasText: 'کاوشگر' }).first().waitFor({ state: 'visible', timeout: 120_000 });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 120_000 });
      await openFile(page, SAMPLE_NAME);
      await waitForSquiggles(page);
      const nls = JSON.parse(readFileSync(join(paths.root, 'package.nls.fa.json'), 'utf8')) as Record<string, string>;
      const category = nls['command.category'];
      await page.keyboard.press('Control+Shift+P');
      await page.keyboard.type(category);
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.filter({ hasText: `${category}: ${nls['command.restartServer']}` }).first().waitFor({ state: 'visible' });
      // Every Dabir command the palette offers carries its Persian title from package.nls.fa.json, never the English one.
      const commands = (readManifest().contributes?.commands ?? []).filter((command) => command.title.startsWith('%'));
      const persianTitles = commands.map((command) => `${category}: ${nls[command.title.slice(1, -1)]}`);
      const labels = (await rows.allInnerTexts()).map((text) => text.split('\n')[0].trim());
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(persianTitles).toContain(label);
      expect(labels.join(' ')).not.toMatch(/Dabir/);
      await screenshot(page, '10-persian-command', { readmeName: 'persian-ui.png' });
    } finally {
      await persianServer.stop();
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('11 a ZWNJ in Persian prose is not flagged as an invisible character; a zero-width space still is', async (ctx) => {
    requireFeatures(ctx, 'zwnjNotInvisible');
    // VS Code turns invisible-character highlighting off for plain text and Markdown by default; a writer who wants
    // stray invisible characters caught turns it back on, and then Dabir's default must keep the ZWNJ out of it.
    // VS Code never flags one inside a word written wholly in a non-Latin script (می‌روند is safe anyway); it does when
    // the word has Latin letters, as in «PDF‌ها», the Persian plural of a Latin name. The line has two of those ZWNJs,
    // two inside Persian words, and one zero-width space (U+200B), which no Persian text needs.
    const text = 'فایل\u200cهای PDF\u200cها و URL\u200cها را با USB\u200bها جابه\u200cجا کنید.\n';
    const flaggableZwnjs = 2;
    const workspace = createWorkspace('unicode-highlight', { '[plaintext]': { 'editor.unicodeHighlight.invisibleCharacters': true } });
    writeFileSync(workspace.file('draft.txt'), text);
    // The control: the same line in reStructuredText, a prose language Dabir's defaults do not cover, where VS Code
    // highlights invisible characters by default.
    writeFileSync(workspace.file('draft.rst'), text);
    const highlights = (page: Page) => page.locator('.editor-instance .view-overlays .unicode-highlight');
    const page = await open(workspace.folder, 'draft.txt');
    // VS Code highlights all of a line's invisible characters at once: once the zero-width space is marked, the ZWNJs
    // would be too.
    await highlights(page).first().waitFor({ state: 'attached' });
    expect(await highlights(page).count()).toBe(1);
    await screenshot(page, '11-zwnj-not-invisible');
    await openFile(page, 'draft.rst');
    await expect.poll(() => highlights(page).count(), { timeout: 60_000 }).toBe(flaggableZwnjs + 1);
    await screenshot(page, '11-zwnj-flagged-without-dabir-defaults');
  });

  it('12 after Show or Hide ZWNJs and Fix All, a Persian line still reads right to left', async (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'joinedVerbFix');
    // An earlier ZWNJ mark (an inserted glyph) split lines into separate bidi runs and VS Code then laid a Persian
    // line's words out left to right. Whatever a command draws or changes, the line's first word stays rightmost.
    const workspace = createWorkspace('rtl-after-commands');
    const line = 'آنها می\u200cروند و ما کتابها را میخوانیم.';
    const fixed = fixText(`${line}\n`).trim();
    writeFileSync(workspace.file('draft.txt'), `${line}\n`);
    const page = await open(workspace.folder, 'draft.txt');
    // Words that survive the fixes (آنها → آن‌ها, کتابها → کتاب‌ها, میخوانیم → می‌خوانیم), in reading order.
    const words = ['آن', 'روند', 'کتاب', 'خوانیم'];
    const readsRightToLeft = async () => {
      const boxes = await Promise.all(words.map((word) => requireWordBox(page, word)));
      return boxes.every((box, index) => index === 0 || box.x + box.width <= boxes[index - 1].x + 1);
    };
    await waitForSquiggles(page);
    expect(await readsRightToLeft()).toBe(true);
    await runCommand(page, 'Dabir: Show or Hide ZWNJs');
    // The mark is a hairline border drawn behind the ZWNJ (an overlay decoration), one per ZWNJ on screen.
    const zwnjSpans = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.editor-instance .view-overlays div[class*="ced-"]')].filter(
            (mark: any) => getComputedStyle(mark).borderLeftStyle === 'solid',
          ).length,
      );
    await expect.poll(zwnjSpans, { timeout: 10_000 }).toBe(1);
    expect(await readsRightToLeft()).toBe(true);
    await screenshot(page, '12-zwnj-marks');
    await runCommand(page, 'Dabir: Fix All in Document');
    await page.waitForFunction(() => document.querySelector('.editor-instance .view-lines')?.textContent.includes('می\u200cخوانیم'));
    await expect.poll(zwnjSpans, { timeout: 10_000 }).toBe([...fixed].filter((char) => char === '\u200c').length);
    expect(await visibleText(page)).toContain(fixed);
    expect(await readsRightToLeft()).toBe(true);
    await screenshot(page, '12-fixed-with-zwnj-marks');
    // The choice is remembered for the window: leave the marks off for the scenarios after this one.
    await runCommand(page, 'Dabir: Show or Hide ZWNJs');
    await expect.poll(zwnjSpans, { timeout: 10_000 }).toBe(0);
  });

  it('13 a Persian line whose entities are highlighted still reads right to left', async (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'semanticTokens');
    // VS Code lays out each differently styled piece of a line as its own bidi isolate, left to right: coloured
    // entity names would cut a Persian sentence into pieces shown in reverse order. Dabir's defaults must not.
    const workspace = createWorkspace('rtl-entities');
    writeFileSync(workspace.file('draft.txt'), 'قاسم مؤمنی، کارشناس مسائل قفقاز، گفت قزاقستان به پیمان ابراهیم می\u200cپیوندد.\n');
    const page = await open(workspace.folder, 'draft.txt');
    await expect.poll(() => entityHighlightCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    const words = ['مؤمنی', 'کارشناس', 'قفقاز', 'گفت', 'قزاقستان', 'پیمان', 'پیوندد'];
    const boxes = await Promise.all(words.map((word) => requireWordBox(page, word)));
    const order = boxes.map((box) => Math.round(box.x));
    expect(order, `x of ${words.join(', ')}`).toEqual([...order].sort((a, b) => b - a));
    await screenshot(page, '13-rtl-entities');
  });

  it('14 in a long article, the entities scrolled into view are highlighted too', async (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'semanticTokens');
    // The client paints entities only in a band of lines around the view (client/src/visibleLines.ts); jumping to
    // the end of a 1 500-line article must ask for that band and paint it. Only the tints are counted here, and the
    // lines have no digits or ZWNJs, which Dabir's grammar colours on its own.
    const workspace = createWorkspace('long-article');
    const line = 'قزاقستان و آمریکا دربارهٔ پیمان ابراهیم گفتگو کردند.';
    writeFileSync(workspace.file('long.txt'), [...Array.from({ length: 1499 }, () => line), `در پایان ${line}`].join('\n') + '\n');
    const page = await open(workspace.folder, 'long.txt');
    await expect.poll(() => entityTintCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Control+End');
    await expect.poll(() => visibleText(page), { timeout: 30_000 }).toContain('در پایان');
    await expect.poll(() => entityTintCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await screenshot(page, '14-long-article-end');
  });

  it('15 a word written two ways: its quick fix writes it one way throughout the document', async (ctx) => {
    requireFeatures(ctx, 'diagnostics');
    // zwnj-inconsistent: «کتابها», «کتاب‌ها» and «کتاب ها» in three paragraphs; the fix offered on the first
    // rewrites all three to the Academy's form in one edit, and the document then has nothing left to say about them.
    const workspace = createWorkspace('one-spelling');
    writeFileSync(workspace.file('mixed.txt'), 'کتابها را خواندم.\n\nکتاب\u200cها خوب بود.\n\nکتاب ها ماند.\n');
    const page = await open(workspace.folder, 'mixed.txt');
    await waitForSquiggles(page);
    const joined = await requireWordBox(page, 'کتابها');
    await page.mouse.click(joined.x + joined.width / 2, joined.y + joined.height / 2);
    const fixRow = await quickFixRow(page, 'throughout the document');
    await screenshot(page, '15-one-spelling-menu');
    await fixRow.click();
    await expect.poll(() => visibleText(page), { timeout: 30_000 }).toBe('کتاب\u200cها را خواندم.\n\nکتاب\u200cها خوب بود.\n\nکتاب\u200cها ماند.\n');
    await expect.poll(async () => (await squiggleBoxes(page)).length, { timeout: 30_000 }).toBe(0);
    await screenshot(page, '15-one-spelling-applied');
  });

  it('16 a surname alone, paragraphs after the full name: no misspelling, and the Outline lists it under the person', async (ctx) => {
    requireFeatures(ctx, 'diagnostics', 'outline');
    // «توکایف» alone in the second and third paragraphs: a person because the first names him in full. The last
    // paragraph has one missing ZWNJ (میدانند), so that the document's only squiggle shows the analysis is done.
    const workspace = createWorkspace('names');
    writeFileSync(
      workspace.file('names.txt'),
      'قاسم\u200cجومارت توکایف رئیس\u200cجمهور قزاقستان به واشنگتن سفر کرد.\n\nتوکایف در دیدار با ترامپ از همکاری سخن گفت.\n\n' +
        'به گفتهٔ کارشناسان، سفر توکایف نشانهٔ تغییر است.\n\nکارشناسان این سفر را مهم میدانند.\n',
    );
    const page = await open(workspace.folder, 'names.txt');
    await waitForSquiggles(page);
    const verb = await requireWordBox(page, 'میدانند');
    await expect.poll(async () => (await squiggleBoxes(page)).map((squiggle) => overlaps(squiggle, verb)), { timeout: 30_000 }).toEqual([true]);
    await screenshot(page, '16-surname-not-flagged');

    const rows = await collapsedOutline(page);
    await rows.filter({ hasText: 'People' }).first().click();
    await page.keyboard.press('ArrowRight');
    const person = rows.filter({ hasText: 'توکایف' }).first();
    await expect.poll(async () => person.getAttribute('aria-level'), { timeout: 10_000 }).toBe('2');
    await expect.poll(async () => (await person.innerText()).replace(/[\u2068\u2069]/g, ''), { timeout: 10_000 }).toMatch(/قاسم\u200cجومارت توکایف\s*3 mentions/);
    await screenshot(page, '16-outline-person');
  });
});

/**
 * The Outline view focused and collapsed to its top level (one group per entity type), as its rows.
 * (Ctrl+Left is "collapse all" once the tree has the focus; a row is clicked first to give it the focus.)
 */
async function collapsedOutline(page: Page) {
  await runCommand(page, 'Explorer: Focus on Outline View');
  const rows = page.locator('.outline-pane .monaco-list-row');
  await rows.first().waitFor({ state: 'visible' });
  await expect
    .poll(async () => {
      await rows.first().click();
      await page.keyboard.press('Control+ArrowLeft');
      return page.locator('.outline-pane .monaco-list-row:not([aria-level="1"])').count();
    })
    .toBe(0);
  return rows;
}

/** Extensions: Install from VSIX..., typing the file's path into VS Code's own file picker. */
async function installVsixFromPalette(page: Page, vsix: string): Promise<void> {
  // Right after the window opens the palette may not list the extensions' commands yet: ask again until it does.
  const row = page.locator('.quick-input-list .monaco-list-row[aria-label*="Extensions: Install from VSIX"]');
  await expect
    .poll(
      async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Shift+P');
        await page.keyboard.type('Extensions: Install from VSIX');
        return row.first().isVisible();
      },
      { timeout: 90_000, interval: 2_000 },
    )
    .toBe(true);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Install from VSIX' }).waitFor({ state: 'visible' });
  // The picker fills in its starting folder once it has listed it; the path is typed after that, not overwritten by it.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: '..' }).first().waitFor({ state: 'visible' });
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(vsix);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: basename(vsix) }).first().waitFor({ state: 'visible' });
  await expect.poll(() => input.inputValue()).toBe(vsix);
  await page.keyboard.press('Enter');
}

function mostFrequentFamily(families: string[]): string {
  const counts = new Map<string, number>();
  for (const family of families) counts.set(family, (counts.get(family) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** `ctrl+shift+space` (VS Code's notation) → `Control+Shift+Space` (Playwright's). */
function playwrightKey(key: string): string {
  const names: Record<string, string> = { ctrl: 'Control', shift: 'Shift', alt: 'Alt', cmd: 'Meta', meta: 'Meta', space: 'Space' };
  return key
    .split('+')
    .map((part) => names[part.toLowerCase()] ?? (part.length === 1 ? part : part[0].toUpperCase() + part.slice(1)))
    .join('+');
}

/**
 * How the hover lays out the line that shows `text`: its computed direction and alignment. A card "reads right to
 * left" when its Persian lines run in an RTL paragraph or are aligned to the right (VS Code's hover sanitiser drops
 * `dir`, so the client right-aligns the card and the server writes Persian lines as RTL isolates).
 */
async function hoverLayout(page: Page, text: string): Promise<{ direction: string; textAlign: string } | undefined> {
  return page.evaluate((needle) => {
    for (const hover of document.querySelectorAll('.monaco-hover')) {
      if (hover.offsetParent === null) continue;
      const elements = [...hover.querySelectorAll('*')].filter((el: any) => el.children.length === 0 && el.textContent.includes(needle));
      if (elements.length > 0) {
        const style = getComputedStyle(elements[0]);
        return { direction: style.direction, textAlign: style.textAlign };
      }
    }
    return undefined;
  }, text);
}
declare function getComputedStyle(element: unknown): { direction: string; textAlign: string; borderLeftStyle: string };

/**
 * How many entity names are highlighted on screen: coloured token spans, or extension decorations drawn behind the
 * text (VS Code names their classes `ced-…`; in scenario 13 only Dabir's entity highlights are there).
 */
async function entityHighlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const decorations = document.querySelectorAll('.editor-instance .view-overlays div[class*="ced-"]').length;
    const spans = [...document.querySelectorAll('.editor-instance .view-lines .view-line span span')];
    const classes = new Set(spans.map((span: any) => span.className));
    return Math.max(decorations, classes.size > 1 ? spans.length - 1 : 0);
  });
}

/** How many extension decorations (Dabir's entity tints, when the ZWNJ marks are off) are drawn on screen. */
async function entityTintCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.editor-instance .view-overlays div[class*="ced-"]').length);
}

/** Where the text's glyphs are drawn, left and right (a DOM Range over its text: the element itself may be wider). */
async function textBox(locator: ReturnType<Page['locator']>): Promise<{ left: number; right: number }> {
  return locator.evaluate((element: any) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rect = range.getBoundingClientRect();
    return { left: rect.left, right: rect.right };
  });
}

/** The x of the `index`-th character of the first occurrence of `needle` in the visible hover's text. */
async function hoverCharacterX(page: Page, needle: string, index: number): Promise<number> {
  const x = await page.evaluate(
    ([text, at]) => {
      for (const hover of document.querySelectorAll('.monaco-hover')) {
        if (hover.offsetParent === null) continue;
        const walker = document.createTreeWalker(hover, 4 /* NodeFilter.SHOW_TEXT */);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const found = node.data.indexOf(text);
          if (found < 0) continue;
          const range = document.createRange();
          range.setStart(node, found + at);
          range.setEnd(node, found + at + 1);
          return range.getBoundingClientRect().x as number;
        }
      }
      return undefined;
    },
    [needle, index] as const,
  );
  if (x === undefined) throw new Error(`${needle} is not in the visible hover`);
  return x;
}
