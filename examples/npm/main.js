// A Vite app: `npm install occupation-widgets`, import the elements it uses, place the tags.
import 'occupation-widgets/occupation-profile.js';

document.querySelector('occupation-profile').addEventListener('occupation-load', (e) => {
  document.querySelector('#status').textContent = `Loaded: ${e.detail.title}`;
});
