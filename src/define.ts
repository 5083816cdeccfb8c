/**
 * Registers a tag unless it is taken, so two copies of the library on one page (a CMS plugin
 * and a theme, say) do not throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
