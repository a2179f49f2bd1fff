// `dabir check --format sarif`: a SARIF 2.1.0 log that code-scanning dashboards accept, with every rule's metadata
// and regions in 1-based lines and UTF-16 columns.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/analysis/rules/index';
import { SAMPLE, dabir } from './run';

function sarif(args: string[], input?: string) {
  const run = dabir(['check', '--format', 'sarif', ...args], input);
  return { ...run, log: JSON.parse(run.stdout) };
}

describe('dabir check --format sarif', () => {
  it('reports a missing ZWNJ as a result with its rule, level, message and 1-based region', () => {
    const { status, log } = sarif(['--locale', 'en', '--rules', 'zwnj'], 'او کتاب ها را خواند.\n');
    expect(status).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const [run] = log.runs;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results).toEqual([
      {
        ruleId: 'zwnj-missing',
        ruleIndex: RULES.findIndex((rule) => rule.id === 'zwnj-missing'),
        level: 'warning',
        message: { text: 'Missing ZWNJ: «کتاب‌ها»' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'stdin' },
              region: { startLine: 1, startColumn: 4, endLine: 1, endColumn: 11, charOffset: 3, charLength: 7, snippet: { text: 'کتاب ها' } },
            },
          },
        ],
        properties: { family: 'zwnj', suggestions: ['کتاب‌ها'] },
      },
    ]);
  });

  it('counts columns in UTF-16 code units, so a character outside the BMP counts two', () => {
    const { log } = sarif(['--locale', 'en', '--rules', 'characters'], 'سلام 😀 كتاب\n');
    const region = log.runs[0].results[0].locations[0].physicalLocation.region;
    // «ك» is at UTF-16 offset 8: س ل ا م, a space, the emoji's two code units, a space.
    expect(region).toMatchObject({ startLine: 1, startColumn: 9, endColumn: 10, charOffset: 8, charLength: 1 });
  });

  it('describes every rule in tool.driver.rules, and each result points at its own rule', () => {
    const { log } = sarif([relative(process.cwd(), SAMPLE), '--locale', 'en']);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('Dabir');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    const zwnjMissing = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'zwnj-missing');
    expect(zwnjMissing).toMatchObject({
      name: 'ZwnjMissing',
      shortDescription: { text: 'Missing ZWNJ' },
      defaultConfiguration: { level: 'warning' },
      properties: { family: 'zwnj' },
    });
    expect(zwnjMissing.help.markdown).toContain('| آن را صلح ابراهیم مینامد | آن را صلح ابراهیم می‌نامد |');
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('names a file by its path relative to the working directory, under %SRCROOT%', () => {
    const path = relative(process.cwd(), SAMPLE);
    const { log } = sarif([path]);
    const [run] = log.runs;
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${process.cwd()}/`);
    for (const result of run.results) {
      expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: path, uriBaseId: '%SRCROOT%' });
    }
  });

  it('speaks Persian with --locale fa: messages and rule descriptions', () => {
    const { log } = sarif(['--locale', 'fa', '--rules', 'zwnj'], 'او کتاب ها را خواند.\n');
    const [run] = log.runs;
    expect(run.tool.driver.language).toBe('fa');
    expect(run.results[0].message.text).toBe('نیم‌فاصله جا افتاده است: «کتاب‌ها»');
    expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'zwnj-missing').shortDescription.text).toBe('نیم‌فاصلهٔ جاافتاده');
  });

  it('exits 0 with an empty result list on clean text, and prints no summary line', () => {
    const { status, log, stderr } = sarif([], 'این متن درست است.\n');
    expect(status).toBe(0);
    expect(log.runs[0].results).toEqual([]);
    expect(stderr).toBe('');
  });
});
