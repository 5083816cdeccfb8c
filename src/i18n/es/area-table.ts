import type { Messages } from '../en.ts';
import { translate, type Translated } from '../translated.ts';
import { blsEducation } from './bls-education.ts';

export const areaTable: Messages['areaTable'] = {
  heading: (place: string) => `Salarios por ocupación en ${place}`,
  groupHeading: (group: string, place: string) => `${group}: salarios en ${place}`,
  caption: (rate: string, place: string, release: string) =>
    `Salarios (${rate.toLowerCase()}) por ocupación en ${place}, ${release}`,
  occupation: 'Ocupación',
  employment: 'Empleo',
  growth: (years: string) => `Crecimiento previsto, EE. UU., ${years}`,
  openings: 'Vacantes por año, EE. UU.',
  education: 'Educación típica para empezar',
  bright: 'Perspectiva favorable',
  brightYes: 'Perspectiva favorable',
  educationValue: (value: string): Translated => translate(blsEducation, value, value),
  nation: (column: string) => `${column}, EE. UU.`,
  filter: 'Filtrar por puesto',
  count: (shown: number, total: number) => (shown === total ? `${total} ocupaciones` : `${shown} de ${total} ocupaciones`),
  sorted: (column: string, descending: boolean) =>
    `Ordenado por ${column}, ${descending ? 'de mayor a menor' : 'de menor a mayor'}.`,
  sortBy: (column: string) => `Ordenar por ${column}`,
  download: 'Descargar CSV',
  fileName: (place: string) => `salarios-${place}`,
  annualOnly: 'solo anual',
  hourlyOnly: 'solo por hora',
  estimate: 'estimación',
  estimatesNote: '† Una estimación, no una cifra que publique la BLS:',
  field: (rate: string, column: string) => `${column.toLowerCase()} (${rate.toLowerCase()})`,
  notReleasedNote: 'La BLS no divulga el empleo de algunas ocupaciones en algunas áreas: esos totales lo indican, nunca 0.',
  withheldNote: '“No disponible”: la BLS reserva la cifra o no la publica para esta ocupación.',
  topCodedNote: '“O más”: la BLS solo publica que el salario es de al menos esa cantidad.',
  missing: (codes: string) => `No hay salarios en esta área para: ${codes}.`,
  none: 'Ninguna ocupación coincide.',
  sources: 'Fuentes:',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default areaTable;
