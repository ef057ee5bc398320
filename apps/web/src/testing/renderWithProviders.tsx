import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { type InitialEntry, MemoryRouter } from 'react-router';

import { theme } from '../app/theme';
import { createI18n, type UiLanguage } from '../i18n/i18n';

export interface RenderOptions {
  mocks?: readonly MockLink.MockedResponse[];
  /** A path, or a location with navigation state. */
  route?: InitialEntry;
  language?: UiLanguage;
}

/** Renders `ui` with the app's providers, GraphQL answered by `mocks`, at `route`. */
export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], route = '/', language = 'fr' }: RenderOptions = {},
): RenderResult & { i18n: I18n } {
  const i18n = createI18n(language);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <MockedProvider mocks={mocks}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
