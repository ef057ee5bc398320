import '@mantine/core/styles.css';
import './app/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { loadLanguage, storedLanguage } from './i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('The #root element is missing from index.html.');

// French comes with the first download; a visitor who chose another language waits for its strings instead.
void loadLanguage(storedLanguage()).finally(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
