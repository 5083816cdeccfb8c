import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { VERSION } from '../../src/version.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  sideEffects: string[];
  exports: Record<string, { types: string; default: string } | string>;
};
const tags = readdirSync('src/elements', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

test('the library reports the version package.json declares', () => {
  assert.equal(VERSION, pkg.version);
});

test('each element has a registering module and a class module, and an export of its own', () => {
  for (const tag of tags) {
    const files = readdirSync(`src/elements/${tag}`);
    assert.ok(files.includes(`${tag}.ts`) && files.includes(`${tag}.component.ts`), tag);
    assert.deepEqual(pkg.exports[`./${tag}.js`], {
      types: `./dist/types/elements/${tag}/${tag}.d.ts`,
      default: `./dist/${tag}.js`,
    });
  }
});

test('sideEffects names the registering modules and nothing else in src', () => {
  const listed = pkg.sideEffects.filter((p) => p.startsWith('./src/'));
  assert.deepEqual(listed.sort(), ['./src/index.ts', ...tags.map((t) => `./src/elements/${t}/${t}.ts`)].sort());
  for (const tag of tags) {
    assert.ok(pkg.sideEffects.includes(`./dist/${tag}.js`), tag);
    // The bundler may move an element's registration into a shared chunk named after it.
    assert.ok(pkg.sideEffects.includes(`./dist/chunks/${tag}-*.js`), tag);
  }
});

test('a class module registers nothing: customElements.define is only in registering modules', () => {
  for (const tag of tags) {
    for (const file of readdirSync(`src/elements/${tag}`).filter((f) => f !== `${tag}.ts`)) {
      assert.doesNotMatch(readFileSync(`src/elements/${tag}/${file}`, 'utf8'), /customElements\.define/, file);
    }
  }
});
