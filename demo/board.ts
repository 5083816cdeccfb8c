// The workforce board demo uses the library's source; a real page would load dist/wage-table.js.
import '../src/elements/wage-table/wage-table.ts';
import '../src/elements/occupation-compare/occupation-compare.ts';
import '../src/elements/area-picker/area-picker.ts';

// The page's own language switch: the widgets follow <html lang>.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang!;
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
  });
}
