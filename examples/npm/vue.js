// Vue 3: tell the template compiler these tags are custom elements (with @vitejs/plugin-vue, the
// same function goes in `vue({ template: { compilerOptions: { isCustomElement } } })`).
// This example compiles its template in the browser, hence Vue's full build.
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import 'occupation-widgets/occupation-profile.js';

const app = createApp({
  setup() {
    const title = ref('');
    return { title, loaded: (e) => (title.value = e.detail.title) };
  },
  template: `
    <occupation-profile code="29-2072.00" location="CA" variant="card" :heading-level="2"
      @occupation-load="loaded"></occupation-profile>
    <p id="status">{{ title ? 'Loaded: ' + title : 'Loading…' }}</p>`,
});
const tags = ['occupation-', 'wage-table', 'employment-outlook', 'education-', 'technology-skills', 'related-occupations'];
app.config.compilerOptions.isCustomElement = (tag) => tags.some((t) => tag.startsWith(t));
app.mount('#app');
