// Copies bench-results.json into the README's Performance section, between the
// bench markers: the measured table, then one line per target saying what it means.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = JSON.parse(readFileSync(`${root}bench-results.json`, 'utf8'));
const readmePath = `${root}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
if (!readme.includes(START) || !readme.includes(END)) {
  console.error(`README.md lacks the markers ${START} and ${END} around the Performance table.`);
  process.exit(1);
}

const num = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(n >= 10 ? 1 : 2));
const value = (stats, unit) => `${num(stats.median)} ${unit}`;
const lines = [
  `Measured ${results.when.slice(0, 16).replace('T', ' ')} UTC on ${results.machine.cpus} cores, load average ` +
    `${results.machine.load[0].toFixed(1)} at the start and ${results.machine.load[1].toFixed(1)} at the end ` +
    `(Node ${results.node}). Medians; the ratio is the median of the alternating blocks' ratios, the spread ` +
    'their lowest and highest.',
  '',
  '| id | case | Samsyn | baseline | ratio (spread) | target | holds |',
  '| --- | --- | ---: | --- | ---: | --- | --- |',
  ...results.rows.map((r) => {
    const base = r.baseline ? `${value(r.baseline.stats, r.unit)}: ${r.baseline.name}` : '–';
    const ratio =
      r.ratio === undefined
        ? '–'
        : `${r.ratio.toFixed(2)}${r.spread ? ` (${r.spread[0].toFixed(2)}–${r.spread[1].toFixed(2)})` : ''}`;
    const what = r.note ? `${r.case}; ${r.note}` : r.case;
    return `| \`${r.id}\` | ${what} | ${value(r.samsyn, r.unit)} | ${base} | ${ratio} | ${r.target} | ${r.holds ? 'yes' : '**no**'} |`;
  }),
  '',
  'What each target means for the person using Samsyn:',
  '',
];
const meanings = new Map();
for (const r of results.rows) meanings.set(r.meaning, [...(meanings.get(r.meaning) ?? []), r]);
for (const [meaning, rows] of meanings)
  lines.push(
    `- ${rows.map((r) => `\`${r.id}\``).join(', ')} (${[...new Set(rows.map((r) => r.target))].join('; ')}): ${meaning}`,
  );

const before = readme.slice(0, readme.indexOf(START) + START.length);
const after = readme.slice(readme.indexOf(END));
// Formatted as `npm run format` would, so format:check stays clean after a bench run.
const options = { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath };
writeFileSync(readmePath, await prettier.format(`${before}\n${lines.join('\n')}\n${after}`, options));
console.log(`README.md: Performance table from ${results.rows.length} rows of bench-results.json`);
