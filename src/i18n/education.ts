import { strings } from './index.ts';

/**
 * BLS Employment Projections' fixed categories for typical entry requirements, in Spanish. A value
 * not in these tables (a new BLS category) is shown in BLS's English wording.
 */
const blsEducationEs: Record<string, string> = {
  'No formal educational credential': 'Ninguna credencial educativa formal',
  'High school diploma or equivalent': 'Diploma de escuela secundaria (high school) o equivalente',
  'Some college, no degree': 'Algunos estudios universitarios, sin título',
  'Postsecondary nondegree award': 'Certificado postsecundario (sin título universitario)',
  "Associate's degree": 'Título de asociado (associate’s degree, 2 años)',
  "Bachelor's degree": 'Licenciatura (bachelor’s degree, 4 años)',
  "Master's degree": 'Maestría',
  'Doctoral or professional degree': 'Doctorado o título profesional',
};
const blsExperienceEs: Record<string, string> = {
  None: 'Ninguna',
  'Less than 5 years': 'Menos de 5 años',
  '5 years or more': '5 años o más',
};
const blsTrainingEs: Record<string, string> = {
  None: 'Ninguna',
  'Short-term on-the-job training': 'Capacitación en el trabajo de corta duración',
  'Moderate-term on-the-job training': 'Capacitación en el trabajo de duración media',
  'Long-term on-the-job training': 'Capacitación en el trabajo de larga duración',
  'Internship/residency': 'Prácticas o residencia',
  Apprenticeship: 'Programa de aprendizaje (apprenticeship)',
};

/** O*NET's Job Zones, 1-5, in Spanish (O*NET names them in English). */
const jobZonesEs: Record<number, string> = {
  1: 'Zona de empleo 1: se necesita poca o ninguna preparación',
  2: 'Zona de empleo 2: se necesita algo de preparación',
  3: 'Zona de empleo 3: se necesita una preparación media',
  4: 'Zona de empleo 4: se necesita una preparación considerable',
  5: 'Zona de empleo 5: se necesita una preparación amplia',
};

/** O*NET's Required Level of Education categories, 1-12, in Spanish. */
const levelsEs: Record<number, string> = {
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

/** A label in the UI's language and whether it is still the source's English. */
export interface Translated {
  text: string;
  english: boolean;
}

const translate = (table: Record<string | number, string> | null, key: string | number, english: string): Translated => {
  const text = table?.[key];
  return text ? { text, english: false } : { text: english, english: true };
};

/** `<education-summary>` and `<education-chart>`. */
export const educationText = strings({
  en: {
    heading: 'Education and experience: to get started',
    intro: 'People starting in this career usually have:',
    education: 'Typical education needed for entry',
    experience: 'Work experience in a related occupation',
    training: 'Typical on-the-job training',
    noTypical: 'BLS does not publish typical entry requirements for this occupation.',
    none: 'BLS and O*NET publish no education or experience requirements for this occupation.',
    zoneScale:
      'O*NET groups occupations into five job zones, from 1 (little or no preparation needed) to 5 (extensive preparation needed).',
    zoneEducation: 'Education',
    zoneExperience: 'Experience',
    zoneTraining: 'Training',
    sources: 'Sources:',
    typicalSource: 'typical entry requirements',
    zoneSource: 'job zone',
    blsValue: (field: 'education' | 'experience' | 'training', value: string): Translated =>
      translate(null, field, value),
    zoneName: (_zone: number, name: string): Translated => translate(null, 0, name),

    chartHeading: 'Typical education: how much education do most people in this career have?',
    caption: (title: string) => `Education level needed for the job: ${title} (percent of respondents)`,
    level: 'Education level',
    percent: 'Percent',
    chartLabel: (top: string) => `Bar chart of education levels. Most common: ${top}.`,
    noLevels: 'O*NET has no education ratings for this occupation.',
    showTable: 'Show the figures as a table',
    chartFailed: 'The chart could not be drawn; the table has the same figures.',
    chartSource: 'Source: O*NET, Education, Training, and Experience (required level of education),',
    levelName: (_category: number, label: string): Translated => translate(null, 0, label),
  },
  es: {
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
      translate(
        field === 'education' ? blsEducationEs : field === 'experience' ? blsExperienceEs : blsTrainingEs,
        value,
        value,
      ),
    zoneName: (zone: number, name: string): Translated => translate(jobZonesEs, zone, name),

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
    levelName: (category: number, label: string): Translated => translate(levelsEs, category, label),
  },
});
