// The CLI's own words (not the rules' messages, which come localised from the core).
import type { Localized } from '../analysis/types';

export const CLI_MESSAGES = {
  noFindings: { fa: '{path}: ایرادی پیدا نشد', en: '{path}: no problems found' },
  summary: { fa: '{count} مورد در {files} پرونده', en: '{count} finding(s) in {files} file(s)' },
  notAvailable: {
    fa: 'فرمان «{command}» هنوز در دسترس نیست',
    en: 'the "{command}" command is not available yet',
  },
  unknownCommand: { fa: 'فرمان ناشناخته: {command}', en: 'unknown command: {command}' },
  changedMeanwhile: {
    fa: '{path}: پرونده در حین پردازش تغییر کرد؛ چیزی نوشته نشد',
    en: '{path}: the file changed while it was being processed; nothing written',
  },
  writeNeedsFile: { fa: '--write به نام پرونده نیاز دارد', en: '--write needs a file, not stdin' },
} satisfies Record<string, Localized>;
