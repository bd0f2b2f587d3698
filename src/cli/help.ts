/**
 * `factuurcheck --help` (the commands, one line each) and `factuurcheck <command> --help`
 * (that command's usage and options only), in the language of --lang. Each option's line
 * comes from its OptionSpec, so what --help lists is exactly what the parser accepts.
 */
import { COMMON_OPTIONS, type Lang, type OptionSpec } from './args';
import type { CliCommand } from './command';
import { lookUp } from '../domain/messages/define';
import { helpEn } from './help.en';
import { helpNl, type HelpKey } from './help.nl';

const say = lookUp(helpNl, helpEn);
const text = (key: HelpKey, lang: Lang) => say(lang, key);

/** The options every command takes, including those main.ts answers before parsing. */
const GENERAL: OptionSpec[] = [
  { name: 'lang', kind: 'value', arg: 'nl|en', help: 'option.lang' },
  ...COMMON_OPTIONS,
  { name: 'help', kind: 'flag', help: 'option.help' },
  { name: 'version', kind: 'flag', help: 'option.version' },
];

/** Left column at most this wide; a longer option puts its explanation on the next line. */
const MAX_LEFT = 30;

function optionLines(options: readonly OptionSpec[], lang: Lang): string[] {
  const left = options.map((o) => {
    const arg = o.arg === undefined ? '' : ` ${o.arg in helpNl ? text(o.arg as HelpKey, lang) : o.arg}`;
    return `  --${o.name}${arg}`;
  });
  const width = Math.min(MAX_LEFT, Math.max(...left.map((l) => l.length))) + 2;
  const out: string[] = [];
  options.forEach((o, i) => {
    const [first, ...more] = text(o.help, lang).split('\n');
    const l = left[i]!;
    if (l.length + 2 > width) out.push(l, ' '.repeat(width) + first);
    else out.push(l.padEnd(width) + first);
    for (const m of more) out.push(' '.repeat(width) + m);
  });
  return out;
}

const indent = (s: string, by = '  ') => s.split('\n').map((l) => by + l);

export function overviewHelp(commands: readonly CliCommand[], lang: Lang): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 4;
  const lines = [
    text('help.title', lang),
    '',
    `${text('help.usage', lang)}: ${text('help.usageLine', lang)}`,
    '',
    `${text('help.commands', lang)}:`,
    ...commands.flatMap((c) => {
      const [first, ...more] = text(c.summary, lang).split('\n');
      return [`  ${c.name.padEnd(width)}${first}`, ...more.map((m) => ' '.repeat(width + 2) + m)];
    }),
    '',
    `${text('help.general', lang)}:`,
    ...optionLines(GENERAL, lang),
    '',
    text('help.perCommand', lang),
    text('help.exitCodes', lang),
  ];
  return lines.join('\n') + '\n';
}

export function commandHelp(command: CliCommand, lang: Lang): string {
  const lines = [`factuurcheck ${command.name} — ${text(command.summary, lang)}`, '', `${text('help.usage', lang)}:`, ...indent(text(command.usage, lang))];
  for (const g of command.groups) {
    if (!g.options.length) continue;
    lines.push('', `${text(g.title ?? 'help.options', lang)}:`, ...optionLines(g.options, lang));
  }
  lines.push('', `${text('help.general', lang)}:`, ...optionLines(GENERAL, lang), '', text('help.exitCodes', lang));
  return lines.join('\n') + '\n';
}
