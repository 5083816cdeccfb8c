/**
 * NCES CIP to SOC crosswalk (CIP2020Code, CIP2020Title, SOC2018Code, SOC2018Title). The CIP and
 * SOC editions are read from the header, so a later crosswalk (CIP2030...) reads the same way.
 * "NO MATCH" rows are dropped: programs that prepare for no occupation (SOC 99-9999) and
 * occupations no program prepares for (CIP 99.9999).
 */
import type { Release } from '../../../src/data/schema.ts';
import { PUBLISHED_AT } from '../errors.ts';
import { readCsv } from '../readers/csv.ts';
import type { InputFiles } from '../readers/files.ts';
import { UniqueRows } from '../readers/table.ts';

export const CIP_CODE = /^\d{2}\.\d{4}$/;
export const SOC_CODE = /^\d{2}-\d{4}$/;

export interface CipProgram {
  cip: string;
  title: string;
  socs: string[];
}

export interface CipCrosswalk {
  release: Release;
  /** By CIP code, in the crosswalk's order. */
  programs: Map<string, CipProgram>;
}

export function readCipCrosswalk(path: string, inputs: InputFiles): CipCrosswalk {
  const table = readCsv(inputs.read(path, 'cip-crosswalk'), path);
  const cipColumn = table.find(/^CIP\d{4}Code$/i, 'like "CIP2020Code"');
  const cipTitle = table.find(/^CIP\d{4}Title$/i, 'like "CIP2020Title"');
  const socColumn = table.find(/^SOC\d{4}Code$/i, 'like "SOC2018Code"');
  const socTitle = table.find(/^SOC\d{4}Title$/i, 'like "SOC2018Title"');
  const cipEdition = /\d{4}/.exec(cipColumn)![0];
  const socEdition = /\d{4}/.exec(socColumn)![0];

  const programs = new Map<string, CipProgram>();
  const unique = new UniqueRows();
  for (const row of table.records()) {
    const cip = row.matching(cipColumn, CIP_CODE, 'a CIP code like 51.0707');
    const soc = row.text(socColumn);
    if (soc === '99-9999' || /^no match$/i.test(row.text(socTitle))) continue;
    if (cip === '99.9999' || /^no match$/i.test(row.text(cipTitle))) continue;
    if (!SOC_CODE.test(soc)) row.fail(`"${socColumn}" is ${JSON.stringify(soc)}, not a SOC code like 29-2072`);
    // A repeated pair is a duplicated row (a bad merge or export), not a second link.
    unique.check(row, `${cip} ${soc}`, `the link from program ${cip} to occupation ${soc}`);
    let program = programs.get(cip);
    // NCES titles end with a period ("Health Information/Medical Records Technology/Technician.").
    if (!program) programs.set(cip, (program = { cip, title: row.required(cipTitle).replace(/\.$/, ''), socs: [] }));
    program.socs.push(soc);
  }
  return {
    release: {
      id: 'cip',
      name: `CIP ${cipEdition} to SOC ${socEdition} Crosswalk`,
      version: cipEdition,
      publisher: 'National Center for Education Statistics (NCES)',
      url: PUBLISHED_AT.cip,
    },
    programs,
  };
}
