// React 19 sets the elements' properties and listens to their events natively; the JSX typings
// come from `occupation-widgets/jsx`.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'occupation-widgets/occupation-profile.js';
import type {} from 'occupation-widgets/jsx';

function App() {
  const [title, setTitle] = useState('');
  return (
    <main>
      <occupation-profile
        code="29-2072.00"
        location="CA"
        variant="card"
        headingLevel={2}
        onoccupation-load={(e) => setTitle(String(e.detail.title))}
      />
      <p id="status">{title ? `Loaded: ${title}` : 'Loading…'}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
