import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createLiblabApollo } from '@liblab/web-graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/app-providers';
import { createAppRouter } from './app/router';
import { initI18n } from './i18n/i18n';

async function start(): Promise<void> {
  await initI18n();
  const apollo = createLiblabApollo();
  const router = createAppRouter();
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <AppProviders apollo={apollo}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
