/**
 * `npm run analyze` (cem analyze --litelement) reads this file. One small plugin fills two gaps of
 * the analyzer for this code base, so that src/ keeps a single source for each fact:
 * - tags: elements are registered through `define('tag', Class)` in src/index.ts (it skips a tag
 *   already taken), which the analyzer does not recognise as `customElements.define` (it sees
 *   define()'s own call instead, as an element named "tag");
 * - tokens: the `--ow-*` properties are documented once, with `@cssprop` on the shared css in
 *   src/styles/theme.ts (`theme`, `stateStyles`); an element whose `static styles` includes one
 *   of those gets its properties.
 */
function occupationWidgets() {
  const tags = new Map(); // class name -> tag
  const styles = new Map(); // class name -> text of its `static styles` initializer
  const shared = new Map(); // name of a css constant in theme.ts -> its @cssprop docs

  return {
    name: 'occupation-widgets',
    analyzePhase({ ts, node }) {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'define') {
        const [tag, klass] = node.arguments;
        if (tag && klass && ts.isStringLiteral(tag) && ts.isIdentifier(klass)) tags.set(klass.text, tag.text);
      }
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
      const definitions = [];
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          const tag = tags.get(d.name);
          if (tag) {
            d.tagName = tag;
            d.customElement = true;
            const declaration = { name: d.name, module: mod.path };
            definitions.push({ kind: 'custom-element-definition', name: tag, declaration });
          }
          const css = styles.get(d.name) ?? '';
          const used = [...shared].filter(([name]) => new RegExp(`\\b${name}\\b`).test(css));
          // An element's own description of a token (what it colours there) comes first.
          for (const token of used.flatMap(([, docs]) => docs)) {
            d.cssProperties ??= [];
            if (!d.cssProperties.some((p) => p.name === token.name)) d.cssProperties.push(token);
          }
        }
      }
      // The analyzer reads define()'s own `customElements.define(tag, element)` as an element
      // named "tag"; the real definitions are the ones in src/index.ts.
      const known = new Set(tags.values());
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || known.has(e.name));
      }
      const index = customElementsManifest.modules.find((m) => m.path === 'src/index.ts');
      if (index) index.exports = [...(index.exports ?? []), ...definitions];
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
  plugins: [occupationWidgets()],
};
