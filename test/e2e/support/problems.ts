// The Problems view: what VS Code itself counts for a file, read from the count badge on the file's row.
import type { Page } from 'playwright-core';

export async function openProblems(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { state: 'visible' });
}

/** The number VS Code shows beside `fileName` in the Problems view, or 0 when the file has no row. */
export async function problemsCount(page: Page, fileName: string): Promise<number> {
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: fileName }).first();
  if ((await row.count()) === 0) return 0;
  const badge = row.locator('.monaco-count-badge');
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.innerText()).trim());
}
