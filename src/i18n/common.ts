import { strings } from './index.ts';

/** Strings every element shares: states, retry, units, "not available". */
export const common = strings({
  en: {
    loading: 'Loading career information…',
    retry: 'Try again',
    notFound: (code: string) =>
      code ? `No career information was found for ${code}.` : 'No career information was found.',
    network: 'Career information could not be loaded. Check the connection and try again.',
    timeout: 'Career information is taking too long to load.',
    invalidData: 'The career information received was not in the expected form.',
    missingCode: 'Set the code attribute to an O*NET-SOC code, such as 29-2072.00.',
    invalidCode: (value: string) =>
      `“${value}” is not an O*NET-SOC occupation code (it looks like 29-2072.00).`,
    invalidLocation: (value: string) =>
      `“${value}” is not a location: use US or a two-letter state code, such as CA.`,
    notAvailable: 'not available',
    notReleased: 'not released',
    orMore: (amount: string) => `${amount} or more`,
    englishOnly: 'Text from O*NET and the other official sources is available in English only.',
    nation: 'United States',
  },
  es: {
    loading: 'Cargando información sobre la carrera…',
    retry: 'Intentar de nuevo',
    notFound: (code: string) =>
      code ? `No se encontró información sobre la carrera ${code}.` : 'No se encontró información sobre la carrera.',
    network: 'No se pudo cargar la información. Revise la conexión e inténtelo de nuevo.',
    timeout: 'La información tarda demasiado en cargarse.',
    invalidData: 'La información recibida no tiene el formato esperado.',
    missingCode: 'Indique en el atributo code un código O*NET-SOC, por ejemplo 29-2072.00.',
    invalidCode: (value: string) =>
      `“${value}” no es un código de ocupación O*NET-SOC (tiene la forma 29-2072.00).`,
    invalidLocation: (value: string) =>
      `“${value}” no es una ubicación: use US o el código de dos letras de un estado, como CA.`,
    notAvailable: 'no disponible',
    notReleased: 'no publicado',
    orMore: (amount: string) => `${amount} o más`,
    englishOnly: 'Los textos de O*NET y de las demás fuentes oficiales solo están disponibles en inglés.',
    nation: 'Estados Unidos',
  },
});
