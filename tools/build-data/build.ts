/**
 * Official releases in, static endpoint out: reads each release into plain maps (sources/),
 * links O*NET occupations to the BLS codes that publish their figures, assembles every document
 * (documents/) and writes them atomically (write.ts).
 */
import { basename } from 'node:path';
import type { IndexDocument, ProgramDocument, Release } from '../../src/data/schema.ts';
import { missingFile, PUBLISHED_AT } from './errors.ts';
import { indexDocument } from './documents/index.ts';
import { occupationDocument } from './documents/occupation.ts';
import { pointerFor } from './documents/pointers.ts';
import { programDocument, programsIndexDocument } from './documents/programs.ts';
import { projectionsDocument } from './documents/projections.ts';
import { searchDocuments } from './documents/search-index.ts';
import { areaWagesDocument, localWagesDocuments, wagesDocument } from './documents/wages.ts';
import { occupationsSummaryDocument } from './documents/occupations-summary.ts';
import { InputFiles, isDirectory, isFile } from './readers/files.ts';
import { type AbilitiesSupplement, readAbilitiesSupplement } from './sources/abilities.ts';
import { type BrightOutlook, readBrightOutlook } from './sources/bright-outlook.ts';
import { readCipCrosswalk } from './sources/cip.ts';
import { type MissingFile, type OnetOccupation, readOnet } from './sources/onet.ts';
import { readOews } from './sources/oews.ts';
import { type ProjectionFigures, type ProjectionLine, readProjections } from './sources/projections.ts';
import { readSocStructure, type SocStructure } from './sources/soc-structure.ts';
import { readStateProjections } from './sources/state-projections.ts';
import { territoriesOf } from './sources/territories.ts';
import { EndpointWriter } from './write.ts';

/** An optional input: missing is fine when defaulted, an error when the user named it. */
export interface OptionalInput {
  path: string;
  explicit: boolean;
}

export interface BuildOptions {
  onet: string;
  oewsNational: string;
  oewsState: string;
  /** Sub-state area tables; the default (the nonmetropolitan table) may be missing. */
  oewsAreas: { paths: string[]; explicit: boolean };
  /** BLS's SOC 2018 structure workbook (group titles); optional. */
  socStructure: OptionalInput;
  /** Projections Central's file; null leaves state projections out. */
  stateProjections: string | null;
  projections: string;
  cipCrosswalk: string;
  brightOutlook: OptionalInput;
  abilitiesSupplement: OptionalInput;
  out: string;
}

export interface BuildResult {
  out: string;
  files: number;
  datasetVersion: string;
  counts: IndexDocument['counts'];
  /** O*NET occupations whose figures BLS publishes only inside an aggregate, by aggregate. */
  aggregates: Map<string, string[]>;
  withoutWages: string[];
  withoutProjections: string[];
  missingFiles: MissingFile[];
  localAreas: number;
  localWages: number;
  /** Fields marked as estimates (derived columns named by the inputs' sidecars). */
  estimated: string[];
  stateProjections: { version: string; joined: number; unjoined: number; leftOut: string[] } | null;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  checkInputs(options);
  const inputs = new InputFiles();
  const missingFiles: MissingFile[] = [];

  const onet = readOnet(options.onet, inputs);
  missingFiles.push(...onet.missingFiles);

  let abilities: AbilitiesSupplement | null = null;
  if (!onet.abilities && isFile(options.abilitiesSupplement.path)) {
    abilities = readAbilitiesSupplement(options.abilitiesSupplement.path, inputs, onet.elements);
    const entry = missingFiles.find((m) => m.file === 'Abilities.txt');
    const matched = onet.occupations.filter((o) => abilities!.ratings.has(o.code)).length;
    if (entry) {
      entry.effect =
        `abilities come from ${abilities.release.name} for the ${matched} occupations whose code it has ` +
        '(level null); the others\' abilities section is null';
    }
  } else if (!onet.abilities) {
    missingFiles.push({
      file: basename(options.abilitiesSupplement.path),
      effect: 'no older release fills in for the missing Abilities.txt either',
    });
  }

  let brightOutlook: BrightOutlook | null = null;
  if (isFile(options.brightOutlook.path)) {
    brightOutlook = readBrightOutlook(options.brightOutlook.path, inputs);
  } else {
    missingFiles.push({
      file: basename(options.brightOutlook.path),
      effect: 'every occupation\'s brightOutlook list is empty',
    });
  }

  const areaPaths = options.oewsAreas.paths.filter((p) => options.oewsAreas.explicit || isFile(p));
  if (areaPaths.length < options.oewsAreas.paths.length) {
    missingFiles.push(
      ...options.oewsAreas.paths
        .filter((p) => !areaPaths.includes(p))
        .map((p) => ({ file: basename(p), effect: 'no metropolitan or nonmetropolitan areas: wages for the nation and states only' })),
    );
  }
  const oews = await readOews(options.oewsNational, options.oewsState, { paths: areaPaths, explicit: options.oewsAreas.explicit }, inputs);
  for (const { path, version } of oews.skipped) {
    missingFiles.push({
      file: basename(path),
      effect: `is ${version}, not the release of the national file (${oews.release.version}): no metropolitan or nonmetropolitan areas; name a matching file with --oews-areas`,
    });
  }
  // Puerto Rico: its nonmetropolitan area is published, its own row is not in the state file.
  const territories = territoriesOf(oews.areas, oews.localAreas);
  const projections = await readProjections(options.projections, inputs);
  const stateProjections = options.stateProjections
    ? readStateProjections(
        options.stateProjections,
        inputs,
        new Map([...oews.areas, ...territories].filter((a) => a.type !== 'nation').map((a) => [a.fips, a.code])),
      )
    : null;
  const cip = readCipCrosswalk(options.cipCrosswalk, inputs);
  let soc: SocStructure | null = null;
  if (isFile(options.socStructure.path)) {
    soc = await readSocStructure(options.socStructure.path, inputs);
  } else {
    missingFiles.push({
      file: basename(options.socStructure.path),
      effect: 'occupations-summary.json has no SOC group titles (groups is empty)',
    });
  }

  // ---- links between the releases
  const onetSocs = new Set(onet.occupations.map((o) => o.code.slice(0, 7)));
  const wagesPublished = new Map([...oews.occupations].map(([soc, o]) => [soc, o.title]));
  const projected = [...projections.lines.values()].filter(
    (line): line is ProjectionLine & { figures: ProjectionFigures } => line.figures !== null,
  );
  const projectionsPublished = new Map(projected.map((line) => [line.soc, line.title]));
  const programsBySoc = new Map<string, { cip: string; title: string }[]>();
  for (const program of cip.programs.values()) {
    for (const soc of program.socs) {
      const list = programsBySoc.get(soc) ?? [];
      if (list.length === 0) programsBySoc.set(soc, list);
      list.push({ cip: program.cip, title: program.title });
    }
  }

  const sources: Release[] = [onet.release];
  if (abilities) sources.push(abilities.release);
  if (brightOutlook) sources.push(brightOutlook.release);
  sources.push(oews.release, projections.release);
  if (stateProjections) sources.push(stateProjections.release);
  sources.push(cip.release);
  if (soc) sources.push(soc.release);
  const datasetVersion = [
    `onet${onet.release.version}`,
    `oews${oews.release.version}`,
    `ep${projections.release.version}`,
    ...(stateProjections ? [`stateep${stateProjections.release.version}`] : []),
    `cip${cip.release.version}`,
    inputs.digest().slice(0, 12),
  ]
    .join('_')
    .replace(/–/g, '-')
    .replace(/\s+/g, '');

  const writer = new EndpointWriter(options.out);
  // Interrupted: remove the unfinished folder; the previous endpoint was never touched.
  const stop = (signal: NodeJS.Signals) => {
    writer.abort();
    console.error(`npm run data: ${signal}: build stopped, ${options.out} left as it was`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const aggregates = new Map<string, string[]>();
    const withoutWages: string[] = [];
    const withoutProjections: string[] = [];
    const used = new Set<string>();
    const members = new Map<string, OnetOccupation[]>();
    const occupationInputs = {
      onet,
      brightOutlook,
      abilities,
      oewsRelease: oews.release,
      projectionsRelease: projections.release,
      cipRelease: cip.release,
    };
    for (const occupation of onet.occupations) {
      const soc = occupation.code.slice(0, 7);
      const wages = pointerFor(soc, wagesPublished, onetSocs);
      const projection = pointerFor(soc, projectionsPublished, onetSocs);
      if (!wages) withoutWages.push(occupation.code);
      else members.set(wages.soc, [...(members.get(wages.soc) ?? []), occupation]);
      if (!projection) withoutProjections.push(occupation.code);
      for (const pointer of [wages, projection]) {
        if (!pointer?.aggregate) continue;
        const list = aggregates.get(pointer.soc) ?? [];
        if (list.length === 0) aggregates.set(pointer.soc, list);
        if (!list.includes(occupation.code)) list.push(occupation.code);
      }
      const document = occupationDocument(occupation, occupationInputs, {
        wages,
        projections: projection,
        projectionLine: projections.lines.get(projection?.soc ?? soc) ?? null,
        programs: programsBySoc.get(soc) ?? [],
      });
      for (const s of [document.knowledge, document.skills, document.abilities, document.workActivities]) {
        for (const item of s?.items ?? []) used.add(item.id);
      }
      for (const interest of document.interests) used.add(interest.id);
      await writer.write(`occupations/${occupation.code}.json`, document);
    }

    let localWages = 0;
    for (const occupation of oews.occupations.values()) {
      await writer.write(`wages/${occupation.soc}.json`, wagesDocument(occupation, oews));
      for (const document of localWagesDocuments(occupation, oews)) {
        await writer.write(`wages/${occupation.soc}/${document.state}.json`, document);
        localWages++;
      }
    }
    for (const line of projected) {
      await writer.write(`projections/${line.soc}.json`, projectionsDocument(line, projections, stateProjections));
    }
    for (const area of [...oews.areas, ...oews.localAreas]) {
      await writer.write(`areas/${area.code}/wages.json`, areaWagesDocument(area, oews));
    }

    const bySoc = new Map<string, OnetOccupation[]>();
    for (const occupation of onet.occupations) {
      const soc = occupation.code.slice(0, 7);
      bySoc.set(soc, [...(bySoc.get(soc) ?? []), occupation]);
    }
    const programDocuments: ProgramDocument[] = [];
    for (const program of cip.programs.values()) {
      const document = programDocument(program, bySoc, [cip.release, onet.release]);
      if (!document) continue;
      await writer.write(`programs/${program.cip}.json`, document);
      programDocuments.push(document);
    }
    const programs = programDocuments.length;
    await writer.write('programs-index.json', programsIndexDocument(programDocuments, [cip.release, onet.release]));

    const search = searchDocuments(onet);
    await writer.write('search-index.json', search.index);
    for (const shard of search.shards) await writer.write(`search/${shard.key}.json`, shard);
    await writer.write(
      'occupations-summary.json',
      occupationsSummaryDocument({ oews, projections, onet, brightOutlook, members, soc }),
    );

    const descriptors: IndexDocument['descriptors'] = {};
    for (const [id, element] of onet.elements) {
      if (used.has(id)) descriptors[id] = { name: element.name, description: element.description };
    }
    const counts = {
      occupations: onet.occupations.length,
      wages: oews.occupations.size,
      projections: projected.length,
      programs,
      areas: oews.areas.length + oews.localAreas.length,
    };
    await writer.write(
      'index.json',
      indexDocument({
        sources,
        datasetVersion,
        areas: oews.areas,
        territories,
        localAreas: oews.localAreas,
        counts,
        missingFiles,
        descriptors,
      }),
    );
    writer.commit();
    return {
      out: writer.out,
      files: writer.count,
      datasetVersion,
      counts,
      aggregates,
      withoutWages,
      withoutProjections,
      missingFiles,
      localAreas: oews.localAreas.length,
      localWages,
      estimated: [...oews.estimateNotes.keys()],
      stateProjections: stateProjections && {
        version: stateProjections.release.version,
        joined: projected.filter((line) => stateProjections.rows.has(line.soc)).length,
        unjoined: [...stateProjections.rows.keys()].filter((soc) => !projectionsPublished.has(soc)).length,
        leftOut: stateProjections.leftOut,
      },
    };
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/** Every required input, checked before any is read, so the first message names the problem. */
function checkInputs(options: BuildOptions): void {
  if (!isDirectory(options.onet)) {
    throw missingFile(options.onet, 'the O*NET database text release folder (--onet)', PUBLISHED_AT.onet);
  }
  const files: [string, string, string][] = [
    [options.oewsNational, 'the OEWS national estimates, .xlsx or .csv (--oews-national)', PUBLISHED_AT.oews],
    [options.oewsState, 'the OEWS state estimates, .xlsx or .csv (--oews-state)', PUBLISHED_AT.oews],
    [options.projections, 'the BLS Employment Projections occupation workbook (--projections)', PUBLISHED_AT.projections],
    ...(options.oewsAreas.explicit
      ? options.oewsAreas.paths.map((p): [string, string, string] => [p, 'OEWS metropolitan or nonmetropolitan area estimates (--oews-areas)', PUBLISHED_AT.oews])
      : []),
    ...(options.stateProjections
      ? [[options.stateProjections, 'Projections Central\'s long-term state projections (--state-projections)', PUBLISHED_AT.stateProjections] as [string, string, string]]
      : []),
    [options.cipCrosswalk, 'the NCES CIP to SOC crosswalk (--cip-crosswalk)', PUBLISHED_AT.cip],
  ];
  if (options.brightOutlook.explicit) {
    files.push([options.brightOutlook.path, 'the O*NET Bright Outlook export (--bright-outlook)', PUBLISHED_AT.brightOutlook]);
  }
  if (options.socStructure.explicit) {
    files.push([options.socStructure.path, 'the SOC 2018 structure workbook (--soc-structure)', PUBLISHED_AT.soc]);
  }
  if (options.abilitiesSupplement.explicit) {
    files.push([
      options.abilitiesSupplement.path,
      'the older O*NET abilities ratings (--abilities-supplement)',
      PUBLISHED_AT.onetReleases,
    ]);
  }
  for (const [path, what, url] of files) if (!isFile(path)) throw missingFile(path, what, url);
}

