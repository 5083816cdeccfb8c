/**
 * `npm run analyze` (cem analyze --litelement) reads this file. The analyzer finds the tags from
 * each `src/elements/<tag>/<tag>.ts`'s `customElements.define()`; one small plugin adds the theme
 * tokens: the `--ow-*` properties are documented once, with `@cssprop` on the shared css in
 * src/styles/theme.ts (`theme`, `stateStyles`), and an element whose `static styles` includes one
 * of those gets its properties.
 */
function themeTokens() {
  const styles = new Map(); // class name -> text of its `static styles` initializer
  const shared = new Map(); // name of a css constant in theme.ts -> its @cssprop docs

  return {
    name: 'occupation-widgets-theme-tokens',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const member = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'styles');
        if (member?.initializer) styles.set(node.name.text, member.initializer.getText());
      }
      if (ts.isVariableStatement(node) && node.getSourceFile().fileName.endsWith('styles/theme.ts')) {
        const name = node.declarationList.declarations[0]?.name.getText();
        const docs = cssProps(node.jsDoc?.map((d) => d.getText()).join('\n') ?? '');
        if (name && docs.length) shared.set(name, docs);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          const css = styles.get(d.name) ?? '';
          const used = [...shared].filter(([name]) => new RegExp(`\\b${name}\\b`).test(css));
          // An element's own description of a token (what it colours there) comes first.
          for (const token of used.flatMap(([, docs]) => docs)) {
            d.cssProperties ??= [];
            if (!d.cssProperties.some((p) => p.name === token.name)) d.cssProperties.push(token);
          }
        }
      }
    },
  };
}

/** `@cssprop --name - description` lines (descriptions may wrap onto ` * ` lines) from a JSDoc block. */
function cssProps(jsdoc) {
  const text = jsdoc.replace(/^\s*\/?\*+\/?/gm, '').replace(/\*\/\s*$/, '');
  return [...text.matchAll(/@cssprop(?:erty)?\s+(--[\w-]+)\s*-?\s*([^@]*)/g)].map(([, name, description]) => ({
    name,
    description: description.replace(/\s+/g, ' ').trim(),
  }));
}

export default {
  litelement: true,
  plugins: [themeTokens()],
};
