// The elements the full profile renders in its sections, registered when a profile first renders
// in full (a dynamic import): a page with only cards never downloads them.
import '../education-chart/education-chart.ts';
import '../education-summary/education-summary.ts';
import '../employment-outlook/employment-outlook.ts';
import '../occupation-interests/occupation-interests.ts';
import '../occupation-programs/occupation-programs.ts';
import '../occupation-ratings/occupation-ratings.ts';
import '../occupation-tasks/occupation-tasks.ts';
import '../related-occupations/related-occupations.ts';
import '../technology-skills/technology-skills.ts';
import '../wage-table/wage-table.ts';
