// The demo uses the library's source; a real page would load dist/occupation-widgets.js.
import '../src/index.ts';

// The page's own language switch: the widgets follow <html lang>.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang!;
    for (const b of document.querySelectorAll('[data-lang]')) {
      b.setAttribute('aria-pressed', String(b === button));
    }
  });
}

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
