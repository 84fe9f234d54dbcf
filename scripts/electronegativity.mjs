// Runs Electronegativity on the sources and fails on any HIGH or MEDIUM finding
// that is not in .ci/electronegativity-exclusions.json with a reason. The tool
// itself exits 0 whatever it finds, so its SARIF report is read here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const report = `${root}test-output/electronegativity.sarif`;
const { version } = JSON.parse(readFileSync(`${root}node_modules/electron/package.json`, 'utf8'));
mkdirSync(`${root}test-output`, { recursive: true });

const tool = `${root}node_modules/@doyensec/electronegativity/dist/index.js`;
// The tool's downloads (translations, Electron's release list) are refused at once: see offline-got.cjs.
const offline = `${root}scripts/offline-got.cjs`;
const run = spawnSync(
  process.execPath,
  ['--require', offline, tool, '-i', `${root}electron`, '-r', '-s', 'MEDIUM', '-e', version, '-o', report],
  {
    encoding: 'utf8',
  },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

const sarif = JSON.parse(readFileSync(report, 'utf8'));
const exclusions = JSON.parse(readFileSync(`${root}.ci/electronegativity-exclusions.json`, 'utf8'));
for (const e of exclusions) {
  if (!e.reason || e.reason.length < 20) throw new Error(`exclusion ${e.rule} ${e.file} needs a reason`);
}
const findings = sarif.runs
  .flatMap((r) => r.results)
  .map((r) => ({
    rule: r.ruleId,
    file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri?.replace(/^file:\/\/\/?$/, 'N/A') || 'N/A',
    line: r.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
    message: r.message.text,
  }));
const open = findings.filter((f) => !exclusions.some((e) => e.rule === f.rule && e.file === f.file));
console.log(
  `electronegativity: ${findings.length} HIGH/MEDIUM findings, ${findings.length - open.length} excluded with a reason, ${open.length} open`,
);
for (const f of open) console.error(`  ${f.rule} ${f.file}:${f.line} ${f.message}`);
process.exit(open.length ? 1 : 0);
