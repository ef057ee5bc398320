import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';

import { createI18n } from '../i18n/i18n';
import { createApolloClient } from './apolloClient';
import { AppRoutes } from './AppRoutes';
import { theme } from './theme';

export function App() {
  const [i18n] = useState(() => createI18n());
  const [client] = useState(() => createApolloClient());
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
