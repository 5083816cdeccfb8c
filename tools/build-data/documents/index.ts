/** `index.json`: what the endpoint holds, which releases it was built from, and their credits. */
import { type IndexDocument, type Release, SCHEMA_VERSION } from '../../../src/data/schema.ts';
import type { OewsArea } from '../sources/oews.ts';
import type { MissingFile } from '../sources/onet.ts';

export interface IndexInputs {
  sources: Release[];
  datasetVersion: string;
  areas: OewsArea[];
  /** Territories that sub-state areas lie in, without a row in the state file. */
  territories: OewsArea[];
  localAreas: OewsArea[];
  counts: IndexDocument['counts'];
  missingFiles: MissingFile[];
  descriptors: IndexDocument['descriptors'];
}

export function indexDocument(inputs: IndexInputs): IndexDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'index',
    datasetVersion: inputs.datasetVersion,
    sources: inputs.sources,
    attribution: attribution(inputs.sources),
    areas: inputs.areas.map(({ code, name, fips, type, states }) => ({
      code,
      name,
      fips,
      type: type === 'nation' ? 'nation' : 'state',
      states,
    })),
    ...(inputs.territories.length > 0 && {
      territories: inputs.territories.map(({ code, name, fips }) => ({ code, name, fips })),
    }),
    localAreas: inputs.localAreas.map(({ code, name, type, states }) => ({
      code,
      name,
      type: type === 'metropolitan' ? 'metropolitan' : 'nonmetropolitan',
      states,
    })),
    counts: inputs.counts,
    missingFiles: inputs.missingFiles,
    descriptors: inputs.descriptors,
  };
}

/**
 * The credit each release asks for, in the wording ../shared/data/README.md gives (the release
 * versions are in `sources`). O*NET's text names the release read from the files; the endpoint selects and reshapes O*NET content, so it also says
 * so, as the licence requires of modified material.
 */
function attribution(sources: Release[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const release of sources) {
    switch (release.id) {
      case 'onet':
        texts.onet =
          `This page includes information from the O*NET ${release.version} Database by the U.S. Department of Labor, ` +
          'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. ' +
          'O*NET® is a trademark of USDOL/ETA. ' +
          'The information was modified (selected, combined and reformatted) for this page; ' +
          'USDOL/ETA has not approved, endorsed, or tested these modifications.';
        break;
      case 'abilities':
        texts.abilities =
          `Abilities include information from the O*NET ${release.version} Database by USDOL/ETA, used under the ` +
          'CC BY 4.0 license, modified for this page; USDOL/ETA has not approved, endorsed, or tested these modifications.';
        break;
      case 'bright-outlook':
        texts['bright-outlook'] =
          'Bright Outlook designations from O*NET OnLine by USDOL/ETA, used under the CC BY 4.0 license.';
        break;
      case 'oews':
        texts.oews = 'Wages: BLS Occupational Employment and Wage Statistics.';
        break;
      case 'projections':
        texts.projections = 'Projections: BLS Employment Projections program.';
        break;
      case 'state-projections':
        texts['state-projections'] = `State projections: Projections Central (${release.version}), from the state labor market information offices.`;
        break;
      case 'cip':
        texts.cip = `Programs: NCES Classification of Instructional Programs (${release.name}).`;
        break;
      case 'soc':
        texts.soc = `Occupation groups: BLS ${release.name}.`;
        break;
    }
  }
  return texts;
}
