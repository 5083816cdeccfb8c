/**
 * BLS Employment Projections, the occupation workbook's "Table 1.2" (occupational projections and
 * worker characteristics). The projection period, base and projected years and the unit
 * ("Employment in thousands") come from the table's title and headers; figures in thousands are
 * turned into jobs by moving the decimal point, so 194.8 is exactly 194800 (no float error, no
 * rounding). "—" is BLS's "unavailable".
 */
import type { Release } from '../../../src/data/schema.ts';
import { InputError, PUBLISHED_AT } from '../errors.ts';
import type { InputFiles } from '../readers/files.ts';
import type { Row } from '../readers/table.ts';
import { readWorkbook, sheetTable, sheetTexts } from '../readers/xlsx.ts';
import { SOC_CODE } from './cip.ts';

const SHEET = 'Table 1.2';
const UNAVAILABLE = '—';
const HTTPS_URL = /^https:\/\/[^\s"<>]+$/;

export interface ProjectionFigures {
  base: number;
  projected: number;
  change: number;
  percentChange: number;
  annualOpenings: number;
}

export interface ProjectionLine {
  soc: string;
  title: string;
  /** null where BLS marks a figure unavailable. */
  figures: ProjectionFigures | null;
  typical: { education: string; experience: string; training: string } | null;
  oohUrl: string | null;
}

export interface Projections {
  release: Release;
  baseYear: number;
  projectedYear: number;
  /** Line items (detailed occupations and BLS's published aggregates), by SOC code. */
  lines: Map<string, ProjectionLine>;
}

export async function readProjections(path: string, inputs: InputFiles): Promise<Projections> {
  const workbook = await readWorkbook(inputs.read(path, 'projections'), path);
  // "Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)"
  const title = sheetTexts(workbook, SHEET)?.[0] ?? '';
  const period = /(\d{4})\s*[–-]\s*(\d{4})/.exec(title);
  if (!period) throw new InputError(`${path} (sheet "${SHEET}"): the title does not state the projection period ("${title}")`);
  const baseYear = Number(period[1]);
  const projectedYear = Number(period[2]);
  const scale = /in thousands/i.test(title) ? 3 : /in millions/i.test(title) ? 6 : 0;

  const table = sheetTable(workbook, SHEET, path, 'Occupation type');
  const codeColumn = table.find(/National Employment Matrix code$/i, 'ending "National Employment Matrix code"');
  const titleColumn = table.find(/National Employment Matrix title$/i, 'ending "National Employment Matrix title"');
  const baseColumn = table.find(new RegExp(`^Employment, ${baseYear}$`), `"Employment, ${baseYear}"`);
  const projectedColumn = table.find(new RegExp(`^Employment, ${projectedYear}$`), `"Employment, ${projectedYear}"`);
  const changeColumn = table.find(/^Employment change, numeric/i, 'starting "Employment change, numeric"');
  const percentColumn = table.find(/^Employment change, percent/i, 'starting "Employment change, percent"');
  const openingsColumn = table.find(/^Occupational openings.*annual average$/i, 'like "Occupational openings, ... annual average"');
  const educationColumn = table.find(/^Typical education needed for entry$/i, '"Typical education needed for entry"');
  const experienceColumn = table.find(/^Work experience in a related occupation$/i, '"Work experience in a related occupation"');
  const trainingColumn = table.find(/^Typical on-the-job training/i, 'starting "Typical on-the-job training"');
  const oohColumn = table.header.find((h) => /\bOOH\b|Occupational Outlook Handbook/i.test(h)) ?? null;
  table.require('Occupation type');

  const lines = new Map<string, ProjectionLine>();
  for (const row of table.records()) {
    const soc = row.text(codeColumn);
    // Footnotes and the source line sit below the table, in the title column only.
    if (soc === '' && row.text('Occupation type') === '') continue;
    if (row.text('Occupation type') !== 'Line item') continue;
    if (!SOC_CODE.test(soc)) row.fail(`"${codeColumn}" is ${JSON.stringify(soc)}, not a SOC code like 29-2072`);
    if (lines.has(soc)) row.fail(`${soc} appears twice`);
    const figures = [baseColumn, projectedColumn, changeColumn, percentColumn, openingsColumn].some(
      (c) => row.text(c) === UNAVAILABLE,
    )
      ? null
      : {
          base: jobs(row, baseColumn, scale),
          projected: jobs(row, projectedColumn, scale),
          change: jobs(row, changeColumn, scale),
          percentChange: row.number(percentColumn),
          annualOpenings: jobs(row, openingsColumn, scale),
        };
    const requirements = [educationColumn, experienceColumn, trainingColumn].map((c) => row.text(c));
    const link = oohColumn ? row.link(oohColumn) : null;
    lines.set(soc, {
      soc,
      title: row.required(titleColumn),
      figures,
      typical: requirements.some((r) => r === '' || r === UNAVAILABLE)
        ? null
        : { education: requirements[0]!, experience: requirements[1]!, training: requirements[2]! },
      oohUrl: link !== null && HTTPS_URL.test(link) ? link : null,
    });
  }
  if (lines.size === 0) throw new InputError(`${path} (sheet "${SHEET}"): no "Line item" rows`);

  const version = `${baseYear}–${String(projectedYear).slice(2)}`;
  return {
    release: {
      id: 'projections',
      name: `Employment Projections ${version}`,
      version,
      publisher: 'U.S. Bureau of Labor Statistics (BLS)',
      url: PUBLISHED_AT.projections,
    },
    baseYear,
    projectedYear,
    lines,
  };
}

/** The published figure times 10^scale, by moving the decimal point in its decimal text. */
export function scaleExactly(value: number, scale: number): number | null {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null; // exponent notation: not a figure BLS writes
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale) return null;
  return Number(`${sign}${whole}${fraction.padEnd(scale, '0')}`);
}

function jobs(row: Row, column: string, scale: number): number {
  const value = row.number(column);
  const scaled = scaleExactly(value, scale);
  if (scaled === null) row.fail(`"${column}" is ${value}, which is not a whole number of jobs`);
  return scaled;
}
