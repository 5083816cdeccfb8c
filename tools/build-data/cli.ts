/**
 * `npm run data`: builds the static endpoint from the official O*NET, BLS and NCES releases.
 * Exit codes: 0 built; 1 an input is missing or malformed (the message says which and where);
 * 2 the command line is wrong; 3 an unexpected error (a bug: the stack is printed); 130/143
 * interrupted (SIGINT/SIGTERM), the unfinished folder removed and the previous endpoint kept.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type BuildOptions } from './build.ts';
import { InputError } from './errors.ts';

const HELP = `Usage: npm run data -- [options]

Builds the static data endpoint (JSON documents) from official releases.
Inputs default to ../shared/data; point any of them at your own download of a newer release.

  --onet DIR                  O*NET database, text release folder
                              (default ../shared/data/onet/db_29_3_text)
  --oews-national FILE        OEWS national estimates, BLS .xlsx or .csv with the official columns
                              (default ../shared/data/oews/national_M2025_dl.xlsx)
  --oews-state FILE           OEWS state estimates, .xlsx or .csv
                              (default ../shared/data/oews/state_M2025_dl.csv)
  --oews-areas FILE           OEWS metropolitan or nonmetropolitan area estimates, BLS .xlsx
                              (MSA_M2025_dl.xlsx, BOS_M2025_dl.xlsx) or .csv; repeat the flag for
                              several files; given, it replaces the default
                              (default ../shared/data/oews/nonmetro_M2025_dl.csv)
  --projections FILE          BLS Employment Projections occupation workbook, sheet "Table 1.2"
                              (default ../shared/data/projections/occupation.xlsx)
  --state-projections FILE    Projections Central long-term state projections .csv (optional; no
                              default: its cycle must be chosen, as it may differ from the nation's)
  --cip-crosswalk FILE        NCES CIP to SOC crosswalk .csv
                              (default ../shared/data/cip/CIP2020_SOC2018_Crosswalk.csv)
  --bright-outlook FILE       O*NET Bright Outlook export .csv (optional)
                              (default ../shared/data/onet/supplements/bright-outlook.csv)
  --soc-structure FILE        BLS SOC 2018 structure workbook, for group titles (optional)
                              (default ../shared/data/soc/soc_structure_2018.xlsx)
  --abilities-supplement FILE abilities importance from an older O*NET release, used when the
                              O*NET release has no Abilities.txt (optional)
                              (default ../shared/data/onet/supplements/abilities-importance-onet24.csv)
  --out DIR                   where the endpoint is written (default public/data)
  -h, --help                  show this help

Official releases: O*NET https://www.onetcenter.org/database.html
                   OEWS https://www.bls.gov/oes/tables.htm
                   Employment Projections https://www.bls.gov/emp/tables.htm
                   State projections https://projectionscentral.org/Projections/LongTerm
                   CIP crosswalk https://nces.ed.gov/ipeds/cipcode/resources.aspx?y=56
`;

const DEFAULTS = {
  onet: 'onet/db_29_3_text',
  'oews-national': 'oews/national_M2025_dl.xlsx',
  'oews-state': 'oews/state_M2025_dl.csv',
  projections: 'projections/occupation.xlsx',
  'cip-crosswalk': 'cip/CIP2020_SOC2018_Crosswalk.csv',
  'bright-outlook': 'onet/supplements/bright-outlook.csv',
  'abilities-supplement': 'onet/supplements/abilities-importance-onet24.csv',
  'soc-structure': 'soc/soc_structure_2018.xlsx',
} as const;

function options(argv: string[]): BuildOptions | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...(Object.fromEntries(Object.keys(DEFAULTS).map((name) => [name, { type: 'string' }])) as Record<
        keyof typeof DEFAULTS,
        { type: 'string' }
      >),
      'oews-areas': { type: 'string', multiple: true },
      'state-projections': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  // Paths are relative to where the command runs (npm runs it at the project root).
  const data = resolve('../shared/data');
  const path = (name: keyof typeof DEFAULTS) => resolve(values[name] ?? resolve(data, DEFAULTS[name]));
  const optional = (name: keyof typeof DEFAULTS) => ({ path: path(name), explicit: values[name] !== undefined });
  return {
    onet: path('onet'),
    oewsNational: path('oews-national'),
    oewsState: path('oews-state'),
    oewsAreas: values['oews-areas']
      ? { paths: values['oews-areas'].map((p) => resolve(p)), explicit: true }
      : { paths: [resolve(data, 'oews/nonmetro_M2025_dl.csv')], explicit: false },
    stateProjections: values['state-projections'] ? resolve(values['state-projections']) : null,
    projections: path('projections'),
    cipCrosswalk: path('cip-crosswalk'),
    brightOutlook: optional('bright-outlook'),
    abilitiesSupplement: optional('abilities-supplement'),
    socStructure: optional('soc-structure'),
    out: resolve(values.out ?? 'public/data'),
  };
}

async function main(): Promise<number> {
  let parsed: BuildOptions | null;
  try {
    parsed = options(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (!parsed) {
    console.log(HELP);
    return 0;
  }
  const started = performance.now();
  try {
    const result = await build(parsed);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`wrote ${result.files} files to ${result.out} in ${seconds} s (dataset ${result.datasetVersion})`);
    const c = result.counts;
    console.log(
      `  ${c.occupations} occupations, ${c.wages} wages, ${c.projections} projections, ${c.programs} programs, ${c.areas} areas`,
    );
    if (result.localAreas > 0) {
      console.log(`  ${result.localAreas} metropolitan and nonmetropolitan areas: ${result.localWages} wages/{soc}/{state}.json documents`);
    }
    if (result.estimated.length > 0) {
      console.log(`  marked as estimates (derived columns named by the tables' sidecars): ${result.estimated.join(', ')}`);
    }
    if (result.stateProjections) {
      const s = result.stateProjections;
      console.log(`  state projections ${s.version}: ${s.joined} occupations with state rows; ${s.unjoined} codes without a national projection left out`);
      if (s.leftOut.length > 0) console.log(`    places without OEWS wages in this build left out: ${s.leftOut.join(', ')}`);
    }
    const aggregated = [...result.aggregates.values()].reduce((n, list) => n + list.length, 0);
    console.log(`  ${aggregated} occupations use ${result.aggregates.size} BLS aggregates for their figures`);
    console.log(
      `  no BLS figures: ${result.withoutWages.length} occupations without wages, ${result.withoutProjections.length} without projections`,
    );
    // Files this release does not publish: information (index.json's missingFiles says what each changes).
    const absent = result.missingFiles.map((m) => m.file);
    if (absent.length) console.log(`  not in this release: ${absent.join(', ')} (what each changes: missingFiles in index.json)`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`npm run data: ${error.message}`);
      return 1;
    }
    console.error(error);
    return 3;
  }
}

process.exitCode = await main();
