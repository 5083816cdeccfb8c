import type { Messages } from '../en.ts';
import { translate, type Translated } from '../translated.ts';
import { blsEducation } from './bls-education.ts';

/**
 * BLS Employment Projections' fixed categories for typical entry requirements. A value not in
 * these tables (a new BLS category) is shown in BLS's English wording, marked as English.
 */
const blsExperience: Record<string, string> = {
  None: 'Ninguna',
  'Less than 5 years': 'Menos de 5 años',
  '5 years or more': '5 años o más',
};
const blsTraining: Record<string, string> = {
  None: 'Ninguna',
  'Short-term on-the-job training': 'Capacitación en el trabajo de corta duración',
  'Moderate-term on-the-job training': 'Capacitación en el trabajo de duración media',
  'Long-term on-the-job training': 'Capacitación en el trabajo de larga duración',
  'Internship/residency': 'Prácticas o residencia',
  Apprenticeship: 'Programa de aprendizaje (apprenticeship)',
};
/** O*NET's Job Zones, 1-5 (O*NET names them in English). */
const jobZones: Record<number, string> = {
  1: 'Zona de empleo 1: se necesita poca o ninguna preparación',
  2: 'Zona de empleo 2: se necesita algo de preparación',
  3: 'Zona de empleo 3: se necesita una preparación media',
  4: 'Zona de empleo 4: se necesita una preparación considerable',
  5: 'Zona de empleo 5: se necesita una preparación amplia',
};
/** O*NET's Required Level of Education categories, 1-12. */
const levels: Record<number, string> = {
  1: 'Sin diploma de escuela secundaria',
  2: 'Diploma de escuela secundaria',
  3: 'Certificado postsecundario',
  4: 'Algunos cursos universitarios',
  5: 'Título de asociado (u otro título de 2 años)',
  6: 'Licenciatura (bachelor’s degree)',
  7: 'Certificado posterior a la licenciatura',
  8: 'Maestría',
  9: 'Certificado posterior a la maestría',
  10: 'Primer título profesional',
  11: 'Doctorado',
  12: 'Formación posdoctoral',
};

export const education: Messages['education'] = {
  heading: 'Educación y experiencia: para empezar',
  intro: 'Quienes empiezan en esta carrera suelen tener:',
  education: 'Educación típica necesaria para empezar',
  experience: 'Experiencia laboral en una ocupación relacionada',
  training: 'Capacitación típica en el trabajo',
  noTypical: 'La BLS no publica los requisitos típicos de entrada para esta ocupación.',
  none: 'La BLS y O*NET no publican requisitos de educación ni de experiencia para esta ocupación.',
  zoneScale:
    'O*NET agrupa las ocupaciones en cinco zonas de empleo (job zones), desde la 1 (se necesita poca o ninguna preparación) hasta la 5 (se necesita una preparación amplia).',
  zoneEducation: 'Educación',
  zoneExperience: 'Experiencia',
  zoneTraining: 'Capacitación',
  sources: 'Fuentes:',
  typicalSource: 'requisitos típicos de entrada',
  zoneSource: 'zona de empleo',
  blsValue: (field: 'education' | 'experience' | 'training', value: string): Translated =>
    translate(field === 'education' ? blsEducation : field === 'experience' ? blsExperience : blsTraining, value, value),
  zoneName: (zone: number, name: string): Translated => translate(jobZones, zone, name),
  chartHeading: 'Educación típica: ¿cuánta educación tiene la mayoría de las personas en esta carrera?',
  caption: (title: string) =>
    `Nivel de educación necesario para el trabajo: ${title} (porcentaje de quienes respondieron)`,
  level: 'Nivel de educación',
  percent: 'Porcentaje',
  chartLabel: (top: string) => `Gráfico de barras de los niveles de educación. Los más frecuentes: ${top}.`,
  noLevels: 'O*NET no tiene datos sobre la educación de esta ocupación.',
  showTable: 'Ver las cifras en una tabla',
  chartFailed: 'No se pudo dibujar el gráfico; la tabla tiene las mismas cifras.',
  chartSource: 'Fuente: O*NET, Education, Training, and Experience (nivel de educación requerido),',
  levelName: (category: number, label: string): Translated => translate(levels, category, label),
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default education;
