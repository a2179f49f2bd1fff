// Where each rule is explained: its entry in docs/rules.md (generated from the rules' metadata), which ships in the
// extension next to the server bundle. A diagnostic's `codeDescription.href` is a file URI to the entry's heading
// line (`#L12`, which VS Code's opener turns into a selection), so the rule id in the Problems view and in the hover
// opens the explanation, offline, in whichever editor. The project has no public web address yet; when it has one
// this is the one place to point there instead. Without the file (a bare server bundle copied elsewhere) there is
// no link rather than a broken one.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

let hrefs: Map<string, string> | undefined;

/** dist/server.js and dist/cli.js sit one folder below the package root; the sources (tests) three. */
function rulesDocPath(): string | undefined {
  const candidates = [join(__dirname, '..', 'docs', 'rules.md'), join(__dirname, '..', '..', '..', 'docs', 'rules.md')];
  return candidates.find((candidate) => existsSync(candidate));
}

function loadHrefs(): Map<string, string> {
  const out = new Map<string, string>();
  const path = rulesDocPath();
  if (!path) return out;
  const base = pathToFileURL(path).href;
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const heading = /^###\s+([a-z]+(?:-[a-z]+)+)\s*$/.exec(line);
      if (heading) out.set(heading[1], `${base}#L${index + 1}`);
    });
  return out;
}

/** The link to the rule's entry in docs/rules.md, or undefined when the file or the entry is missing. */
export function ruleDocHref(rule: string): string | undefined {
  hrefs ??= loadHrefs();
  return hrefs.get(rule);
}
