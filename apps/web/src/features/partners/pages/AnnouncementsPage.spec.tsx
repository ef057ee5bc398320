import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { PUBLISH_ANNOUNCEMENT_MUTATION } from '../graphql/partnerOperations';
import {
  announcement,
  announcementsForbiddenMock,
  announcementsMock,
  apiError,
  COORDINATOR,
  partner,
} from '../testing/partnerFixtures';
import { AnnouncementsPage } from './AnnouncementsPage';

function renderPage(mocks: RenderOptions['mocks']) {
  return renderWithProviders(<AnnouncementsPage />, { route: '/partenaires/annonces', mocks });
}

const MEETING = announcement();
const COLD_PLAN = announcement({
  id: 'announcement-2',
  title: 'Plan grand froid au 18e',
  body: 'Les gymnases du 18e ouvrent la nuit à partir de lundi.',
  districtCode: '75018',
  authorName: null,
  recipients: 12,
  createdAt: '2026-11-25T16:00:00.000Z',
});

function titles() {
  return screen
    .getAllByTestId('announcement')
    .map((item) => within(item).getByRole('heading', { level: 3 }).textContent);
}

async function fillForm(
  user: ReturnType<typeof userEvent.setup>,
  title: string,
  body: string,
  district?: string,
) {
  const form = await screen.findByRole('form', { name: 'Nouvelle annonce' });
  await user.type(within(form).getByRole('textbox', { name: 'Titre' }), title);
  await user.type(within(form).getByRole('textbox', { name: 'Message' }), body);
  if (district)
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Destinataires' }), district);
  return form;
}

describe('AnnouncementsPage', () => {
  it('lets a coordinator write to the 18th, says how many received it and lists it first', async () => {
    const user = userEvent.setup();
    let published: unknown;
    const sent = announcement({
      id: 'announcement-3',
      title: 'Distribution de manteaux',
      body: 'Samedi à la mairie.',
      districtCode: '75018',
      authorName: 'Claire Coordination',
      recipients: 12,
      createdAt: '2026-11-28T09:00:00.000Z',
    });
    renderPage([
      viewerMock(COORDINATOR),
      announcementsMock([MEETING]),
      {
        request: {
          query: PUBLISH_ANNOUNCEMENT_MUTATION,
          variables: {
            input: { title: 'Distribution de manteaux', body: 'Samedi à la mairie.', districtCode: '75018' },
          },
        },
        result: (variables) => {
          published = variables;
          return {
            data: { publishAnnouncement: { __typename: 'PublishAnnouncementPayload', announcement: sent } },
          };
        },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Annonces aux partenaires' })).toBeTruthy();
    await screen.findByRole('article', { name: MEETING.title });
    // Coordinators see how many people each announcement reached.
    expect(screen.getByTestId('announcement-recipients').textContent).toBe('Envoyée à 42 personnes');
    const form = await fillForm(user, ' Distribution de manteaux ', 'Samedi à la mairie.', '75018');
    expect(within(form).getByRole('combobox', { name: 'Destinataires' })).toHaveProperty('value', '75018');
    await user.click(within(form).getByRole('button', { name: 'Envoyer' }));

    expect((await within(form).findByRole('status')).textContent).toBe('Annonce envoyée à 12 personnes.');
    expect(published).toEqual({
      input: { title: 'Distribution de manteaux', body: 'Samedi à la mairie.', districtCode: '75018' },
    });
    expect(titles()).toEqual(['Distribution de manteaux', MEETING.title]);
    const first = screen.getByRole('article', { name: 'Distribution de manteaux' });
    expect(within(first).getByTestId('announcement-audience').textContent).toBe(
      'Destinataires : Partenaires du 18e',
    );
    expect(within(first).getByTestId('announcement-recipients').textContent).toBe('Envoyée à 12 personnes');
    // The form is ready for the next one.
    expect(within(form).getByRole('textbox', { name: 'Titre' })).toHaveProperty('value', '');
  });

  it('sends to every partner unless an arrondissement is chosen', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(COORDINATOR),
      announcementsMock([]),
      {
        request: {
          query: PUBLISH_ANNOUNCEMENT_MUTATION,
          variables: { input: { title: 'Bonne année', body: 'Merci à tous.' } },
        },
        result: {
          data: {
            publishAnnouncement: {
              __typename: 'PublishAnnouncementPayload',
              announcement: announcement({ title: 'Bonne année', body: 'Merci à tous.', recipients: 1 }),
            },
          },
        },
      },
    ]);

    expect(await screen.findByText('Aucune annonce pour le moment.')).toBeTruthy();
    const form = await fillForm(user, 'Bonne année', 'Merci à tous.');
    expect(within(form).getByRole('combobox', { name: 'Destinataires' })).toHaveProperty('value', '');
    await user.click(within(form).getByRole('button', { name: 'Envoyer' }));

    expect((await within(form).findByRole('status')).textContent).toBe('Annonce envoyée à 1 personne.');
    expect(
      within(screen.getByRole('article', { name: 'Bonne année' })).getByTestId('announcement-audience')
        .textContent,
    ).toBe('Destinataires : Tous les partenaires');
  });

  it('shows partners the announcements meant for them, without the form or the counts', async () => {
    renderPage([viewerMock(partner()), announcementsMock([MEETING, COLD_PLAN])]);

    await screen.findByRole('article', { name: 'Plan grand froid au 18e' });
    expect(titles()).toEqual([MEETING.title, 'Plan grand froid au 18e']);
    const cold = screen.getByRole('article', { name: 'Plan grand froid au 18e' });
    expect(within(cold).getByTestId('announcement-audience').textContent).toBe(
      'Destinataires : Partenaires du 18e',
    );
    expect(within(cold).getByTestId('announcement-author').textContent).toBe('Par un ancien coordinateur');
    expect(within(cold).getByText(/Publiée le mercredi 25 novembre 2026 à 17:00/)).toBeTruthy();
    const meeting = screen.getByRole('article', { name: MEETING.title });
    expect(within(meeting).getByTestId('announcement-audience').textContent).toBe(
      'Destinataires : Tous les partenaires',
    );
    expect(within(meeting).getByTestId('announcement-author').textContent).toBe('Par Claire Coordination');
    expect(screen.getByRole('heading', { level: 2, name: 'Annonces reçues' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Nouvelle annonce' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Envoyer' })).toBeNull();
    expect(screen.queryByTestId('announcement-recipients')).toBeNull();
  });

  it('checks the title and the message before sending', async () => {
    const user = userEvent.setup();
    renderPage([viewerMock(COORDINATOR), announcementsMock([])]);

    const form = await fillForm(user, 'Ok', '   ');
    await user.click(within(form).getByRole('button', { name: 'Envoyer' }));

    const title = within(form).getByRole('textbox', { name: 'Titre' });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Le titre doit comporter entre 3 et 160 caractères.')).toBeTruthy();
    expect(within(form).getByText("Écrivez le message de l'annonce.")).toBeTruthy();
    expect(document.activeElement).toBe(title);
    expect(within(form).queryByRole('status')).toBeNull();
  });

  it("shows the API's BAD_USER_INPUT message", async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(COORDINATOR),
      announcementsMock([]),
      {
        request: {
          query: PUBLISH_ANNOUNCEMENT_MUTATION,
          variables: { input: { title: 'Annonce', body: 'Texte.' } },
        },
        result: apiError(
          'publishAnnouncement',
          'Announcements are paused during the elections.',
          'BAD_USER_INPUT',
        ),
      },
      {
        request: {
          query: PUBLISH_ANNOUNCEMENT_MUTATION,
          variables: { input: { title: 'Annonce', body: 'Texte.', districtCode: '75018' } },
        },
        result: apiError(
          'publishAnnouncement',
          'The message must have at most 4000 characters.',
          'BAD_USER_INPUT',
        ),
      },
    ]);

    const form = await fillForm(user, 'Annonce', 'Texte.');
    await user.click(within(form).getByRole('button', { name: 'Envoyer' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe(
      'Veuillez vérifier le formulaire.Announcements are paused during the elections.',
    );
    expect(within(form).queryByRole('status')).toBeNull();

    // A message the page knows is shown by its field.
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Destinataires' }), '75018');
    await user.click(within(form).getByRole('button', { name: 'Envoyer' }));
    expect(await within(form).findByText('Le message doit comporter 4 000 caractères au plus.')).toBeTruthy();
    expect(within(form).getByRole('textbox', { name: 'Message' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('explains who may read the announcements when the API refuses', async () => {
    renderPage([viewerMock(), announcementsForbiddenMock()]);

    expect((await screen.findByTestId('partners-forbidden')).textContent).toContain(
      "réservés aux membres d'une organisation vérifiée et aux coordinateurs de la Ville",
    );
    expect(screen.queryByRole('form')).toBeNull();
  });
});
