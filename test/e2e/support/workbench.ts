// Driving the VS Code workbench the way a person does: open a file with Ctrl+P, point at a word, read the hover,
// open the quick-fix menu. Every wait is on a DOM condition; nothing sleeps.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CodeServer } from './codeServer';
import { paths, readmeShots } from './paths';

// Page functions run in the browser; this file is type-checked without the DOM library.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const NodeFilter: any;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function openWorkbench(browser: Browser, server: CodeServer, folder: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  // Generous: these guard against a hang, they are not timing requirements (a loaded 2-core machine is slow).
  page.setDefaultTimeout(90_000);
  await page.goto(server.folderUrl(folder), { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  // The explorer shows the folder once the remote file system answers.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 120_000 });
  return page;
}

export async function closeWorkbench(page: Page): Promise<void> {
  await page.context().close();
}

/** Opens a file through Quick Open, waiting for its row before Enter, then for its editor tab to be active. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { state: 'visible' });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`);
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines .view-line');
}

/** Runs a command from the Command Palette by its English or Persian title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { state: 'visible' });
  await page.keyboard.press('Enter');
}

const SQUIGGLES = '.editor-instance .monaco-editor .view-overlays [class*="squiggly-"]';

/** Waits until at least `min` squiggles are drawn in the visible part of the editor; returns their count. */
export async function waitForSquiggles(page: Page, min = 1, timeout = 90_000): Promise<number> {
  await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length >= n, [SQUIGGLES, min] as const, { timeout });
  return page.locator(SQUIGGLES).count();
}

export async function squiggleBoxes(page: Page): Promise<Box[]> {
  return page.evaluate((selector) => [...document.querySelectorAll(selector)].map((el: any) => el.getBoundingClientRect().toJSON()), SQUIGGLES);
}

/**
 * The pixel box of the `occurrence`-th rendering of `word` in the active editor's visible lines, found with a DOM
 * Range over the lines' text (a word may be split across several spans by decorations).
 */
export async function wordBox(page: Page, word: string, occurrence = 0): Promise<Box | undefined> {
  return page.evaluate(
    ([needle, nth]) => {
      const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line');
      let seen = 0;
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes: { node: any; start: number }[] = [];
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node, start: text.length });
          text += node.data;
        }
        text = text.replace(/\u00a0/g, ' ');
        for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
          if (seen++ < nth) continue;
          const locate = (offset: number) => {
            const entry = [...nodes].reverse().find((candidate) => candidate.start <= offset)!;
            return { node: entry.node, offset: offset - entry.start };
          };
          const from = locate(index);
          const to = locate(index + needle.length - 1);
          const range = document.createRange();
          range.setStart(from.node, from.offset);
          range.setEnd(to.node, to.offset + 1);
          const rect = range.getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        }
      }
      return undefined;
    },
    [word, occurrence] as const,
  );
}

export async function requireWordBox(page: Page, word: string, occurrence = 0): Promise<Box> {
  const box = await wordBox(page, word, occurrence);
  if (!box) throw new Error(`"${word}" is not rendered in the editor`);
  return box;
}

/** The text of the active editor's rendered lines (non-breaking spaces back to spaces). */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')]
      .sort((a: any, b: any) => a.getBoundingClientRect().y - b.getBoundingClientRect().y)
      .map((line: any) => line.textContent.replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The text of a visible hover matching `expected`, waiting at most `timeout` ms for one; undefined if none came. */
async function visibleHover(page: Page, expected: RegExp, timeout: number): Promise<string | undefined> {
  try {
    const handle = await page.waitForFunction(
      (pattern) => {
        const regex = new RegExp(pattern.source, pattern.flags);
        for (const hover of document.querySelectorAll('.monaco-hover')) {
          if (hover.offsetParent !== null && regex.test(hover.innerText)) return hover.innerText;
        }
        return undefined;
      },
      { source: expected.source, flags: expected.flags },
      { timeout },
    );
    return (await handle.jsonValue()) as string;
  } catch {
    return undefined;
  }
}

/**
 * Moves the mouse onto the word in one step (a stepped move showed only part of the hover) and waits for a hover
 * containing `expected`. VS Code asks for a hover once per mouse position, so when the first answer came before
 * the server was ready, the mouse leaves and comes back, until `timeout`.
 */
export async function hoverWord(page: Page, word: string, expected: RegExp, occurrence = 0, timeout = 90_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const box = await requireWordBox(page, word, occurrence);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const text = await visibleHover(page, expected, 10_000);
    if (text !== undefined) return text;
    if (Date.now() > deadline) throw new Error(`no hover matching ${expected} over "${word}"`);
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => ![...document.querySelectorAll('.monaco-hover')].some((hover: any) => hover.offsetParent !== null));
  }
}

/**
 * Opens the quick-fix menu (Ctrl+.) at the cursor and returns its row containing `rowText`. The code actions are
 * asked for when the key is pressed; if that was before the server answered for this position, the menu says there
 * are none, so it is closed and asked again, until `timeout`.
 */
export async function quickFixRow(page: Page, rowText: string, timeout = 90_000) {
  const deadline = Date.now() + timeout;
  const row = page.locator('.action-widget .monaco-list-row', { hasText: rowText }).first();
  for (;;) {
    await page.keyboard.press('Control+.');
    try {
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      return row;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Saves a screenshot of the whole page, or of `clip`, under test-output/e2e/ (and docs/images/ with --readme-shots). */
export async function screenshot(page: Page, name: string, options: { clip?: Box; readmeName?: string } = {}): Promise<string> {
  mkdirSync(paths.screenshots, { recursive: true });
  const file = join(paths.screenshots, `${name}.png`);
  await page.screenshot({ path: file, clip: options.clip });
  if (readmeShots && options.readmeName) {
    mkdirSync(paths.readmeImages, { recursive: true });
    copyFileSync(file, join(paths.readmeImages, options.readmeName));
  }
  return file;
}

/** The bounding box of the visible hover widget, grown by `margin` so that the word under it shows too. */
export async function hoverBox(page: Page, margin = 24): Promise<Box> {
  const rect = await page.evaluate(() => {
    for (const hover of document.querySelectorAll('.monaco-hover')) {
      if (hover.offsetParent !== null) return hover.getBoundingClientRect().toJSON();
    }
    return undefined;
  });
  if (!rect) throw new Error('no hover is visible');
  const viewport = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const x = Math.max(0, rect.x - margin);
  const y = Math.max(0, rect.y - margin);
  return { x, y, width: Math.min(viewport.width - x, rect.width + 2 * margin), height: Math.min(viewport.height - y, rect.height + 2 * margin + 40) };
}
