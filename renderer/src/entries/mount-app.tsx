import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../features/i18n/i18n';
import '../styles/base.css';
import '../styles/shell.css';
import '../styles/customer.css';
import '../styles/session.css';
import '../styles/session-tools.css';
import '../styles/files.css';
import '../styles/annotations.css';
import '../styles/data-views.css';
import '../styles/text-fit.css';
import '../styles/colleagues.css';
import '../styles/knowledge.css';

/** Every page: translations first, then the role's app. */
export async function mountApp(App: ComponentType): Promise<void> {
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
