import type { Messages } from './en.ts';
import { common } from './es/common.ts';
import { wages } from './es/wages.ts';
import { wageChart } from './es/wage-chart.ts';
import { compare } from './es/compare.ts';
import { areaTable } from './es/area-table.ts';
import { outlook } from './es/outlook.ts';
import { education } from './es/education.ts';
import { programs } from './es/programs.ts';
import { tasks } from './es/tasks.ts';
import { ratings } from './es/ratings.ts';
import { interests } from './es/interests.ts';
import { technology } from './es/technology.ts';
import { related } from './es/related.ts';
import { facts } from './es/facts.ts';
import { search } from './es/search.ts';
import { programCareers } from './es/program-careers.ts';
import { areaPicker } from './es/area-picker.ts';
import { profile } from './es/profile.ts';
import { video } from './es/video.ts';
import { certifications } from './es/certifications.ts';
import { licenses } from './es/licenses.ts';
import { apprenticeships } from './es/apprenticeships.ts';
import { attribution } from './es/attribution.ts';

/**
 * Spanish, for US readers: usted, and the terms US Spanish-language labour information uses.
 * Every key is required (typed `Messages`). Widgets download its namespaces one by one, when a
 * widget speaks Spanish (the loaders in index.ts); this whole table is for tests and tools.
 */
export const es: Messages = {
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
