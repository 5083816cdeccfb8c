// The demo uses the library's source; a real page would load dist/occupation-widgets.js.
import '../src/index.ts';

// The page's own text, in each language its switch offers; the widgets follow <html lang>.
const text: Record<string, Record<string, string>> = {
  en: {
    title: 'Medical Office Administration (Certificate) · Valley Community College',
    language: 'Language',
    breadcrumb: 'Programs › Health Sciences › Certificate',
    heading: 'Medical Office Administration',
    lede: 'A two-semester certificate for the front and back office of clinics and hospitals: medical terminology, health records, coding basics and patient scheduling.',
    courses: 'Courses',
    moa101: 'Medical Terminology',
    moa110: 'Health Records Management',
    moa120: 'Introduction to Medical Coding',
    moa130: 'Medical Office Procedures',
    moa140: 'Electronic Health Records',
    outlook: 'Career outlook',
    leads: 'Where this program leads',
    footer: 'Valley Community College · Admissions and Records · An example page for occupation-widgets',
  },
  es: {
    title: 'Administración de Consultorios Médicos (Certificado) · Valley Community College',
    language: 'Idioma',
    breadcrumb: 'Programas › Ciencias de la Salud › Certificado',
    heading: 'Administración de Consultorios Médicos',
    lede: 'Un certificado de dos semestres para la recepción y la administración de clínicas y hospitales: terminología médica, expedientes de salud, nociones de codificación y programación de citas.',
    courses: 'Cursos',
    moa101: 'Terminología médica',
    moa110: 'Gestión de expedientes de salud',
    moa120: 'Introducción a la codificación médica',
    moa130: 'Procedimientos de consultorio médico',
    moa140: 'Expedientes de salud electrónicos',
    outlook: 'Perspectivas profesionales',
    leads: 'A dónde lleva este programa',
    footer: 'Valley Community College · Admisiones y Registros · Una página de ejemplo de occupation-widgets',
  },
};

function setLanguage(lang: string): void {
  const strings = text[lang] ?? text.en!;
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = strings[el.dataset.i18n!] ?? el.textContent;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.setAttribute('aria-label', strings[el.dataset.i18nLabel!] ?? '');
  }
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang!));
}
// ?lang=es opens the page in Spanish (a link a counselor can share).
const asked = new URL(window.location.href).searchParams.get('lang');
if (asked && asked in text) setLanguage(asked);

// Find a career: the search and the program's careers set the profile's code (for=); the related
// list follows the profile, and a related career chosen there is shown in the profile.
const found = document.querySelector<HTMLElementTagNameMap['occupation-profile']>('#found-career');
const related = document.querySelector<HTMLElementTagNameMap['related-occupations']>('#found-related');
if (found && related) {
  found.addEventListener('occupation-load', () => void (related.code = found.code));
  related.addEventListener('occupation-select', (e) => {
    e.preventDefault();
    found.code = e.detail.code;
  });
}
