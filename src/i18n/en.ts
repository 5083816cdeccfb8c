import { common } from './en/common.ts';
import { wages } from './en/wages.ts';
import { wageChart } from './en/wage-chart.ts';
import { compare } from './en/compare.ts';
import { areaTable } from './en/area-table.ts';
import { outlook } from './en/outlook.ts';
import { education } from './en/education.ts';
import { programs } from './en/programs.ts';
import { tasks } from './en/tasks.ts';
import { ratings } from './en/ratings.ts';
import { interests } from './en/interests.ts';
import { technology } from './en/technology.ts';
import { related } from './en/related.ts';
import { facts } from './en/facts.ts';
import { search } from './en/search.ts';
import { programCareers } from './en/program-careers.ts';
import { areaPicker } from './en/area-picker.ts';
import { profile } from './en/profile.ts';
import { video } from './en/video.ts';
import { certifications } from './en/certifications.ts';
import { licenses } from './en/licenses.ts';
import { apprenticeships } from './en/apprenticeships.ts';
import { attribution } from './en/attribution.ts';

export type { RatingKind } from './en/ratings.ts';

/**
 * Every string the widgets show, in English, by namespace: one module per namespace in en/, so
 * a page downloads only the namespaces of the elements it uses (each element's DataController
 * names them). This table defines the shape every other language follows (`Messages`); a
 * language registered with `registerMessages()` may leave keys out, and those fall back to these.
 * A new namespace: en/<name>.ts, es/<name>.ts, a line here, in es.ts and in the Spanish loaders
 * (index.ts), and the namespace in its element's DataController `messages`.
 */
export const en = {
  common,
  wages,
  wageChart,
  compare,
  areaTable,
  outlook,
  education,
  programs,
  tasks,
  ratings,
  interests,
  technology,
  related,
  facts,
  search,
  programCareers,
  areaPicker,
  profile,
  video,
  certifications,
  licenses,
  apprenticeships,
  attribution,
};

/** The shape of a language's messages: English's keys, each with English's parameters. */
export type Messages = typeof en;
