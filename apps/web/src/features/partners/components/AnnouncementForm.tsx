import { useMutation } from '@apollo/client/react';
import { Button, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import type { PublishAnnouncementInput } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { useDistrictOptions } from '../../items/utils/format';
import {
  ANNOUNCEMENTS_PAGE_SIZE,
  ANNOUNCEMENTS_QUERY,
  PUBLISH_ANNOUNCEMENT_MUTATION,
} from '../graphql/partnerOperations';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, MIN_TITLE_LENGTH } from '../utils/announcements';
import { type AnnouncementField, announcementProblem, type PartnerProblem } from '../utils/partnerErrors';
import { PartnerProblemAlert } from './PartnerProblemAlert';

type Problems = Partial<Record<AnnouncementField, PartnerProblem<AnnouncementField>>>;

/** The same rules as the API, checked before sending. */
function validate(title: string, body: string): Problems {
  const problems: Problems = {};
  if (title.length < MIN_TITLE_LENGTH || title.length > MAX_TITLE_LENGTH) {
    problems.title = { field: 'title', key: 'titleLength' };
  }
  if (!body) problems.body = { field: 'body', key: 'bodyRequired' };
  else if (body.length > MAX_BODY_LENGTH) problems.body = { field: 'body', key: 'bodyTooLong' };
  return problems;
}

/** "Nouvelle annonce" (coordinators): to every partner or to one arrondissement's; the list shows it at once. */
export function AnnouncementForm() {
  const { t } = useTranslation();
  const districtOptions = useDistrictOptions();
  const [publish, { loading }] = useMutation(PUBLISH_ANNOUNCEMENT_MUTATION);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [districtCode, setDistrictCode] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [problem, setProblem] = useState<PartnerProblem<AnnouncementField>>();
  const [sentTo, setSentTo] = useState<number>();
  const titleInput = useRef<HTMLInputElement>(null);
  const bodyInput = useRef<HTMLTextAreaElement>(null);
  const districtInput = useRef<HTMLSelectElement>(null);
  const inputs = { title: titleInput, body: bodyInput, districtCode: districtInput };

  const fieldError = (field: AnnouncementField) => {
    const found = problems[field];
    return found ? t(`partners.errors.${found.key}`, found.values) : undefined;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo(undefined);
    setProblem(undefined);
    const trimmedTitle = title.trim();
    const trimmedBody = body.trim();
    const found = validate(trimmedTitle, trimmedBody);
    setProblems(found);
    const first = (['title', 'body'] as const).find((field) => found[field]);
    if (first) {
      inputs[first].current?.focus();
      return;
    }
    const input: PublishAnnouncementInput = { title: trimmedTitle, body: trimmedBody };
    if (districtCode) input.districtCode = districtCode;
    try {
      const { data } = await publish({
        variables: { input },
        // The new announcement goes on top of the list, without asking for the list again.
        update(cache, result) {
          const announcement = result.data?.publishAnnouncement.announcement;
          if (!announcement) return;
          cache.updateQuery(
            { query: ANNOUNCEMENTS_QUERY, variables: { first: ANNOUNCEMENTS_PAGE_SIZE } },
            (current) =>
              current && {
                announcements: [
                  announcement,
                  ...current.announcements.filter((item) => item.id !== announcement.id),
                ],
              },
          );
        },
      });
      if (!data) return;
      setSentTo(data.publishAnnouncement.announcement.recipients);
      setTitle('');
      setBody('');
      setDistrictCode('');
    } catch (error: unknown) {
      const found = announcementProblem(error);
      if (found.field) {
        setProblems({ [found.field]: found });
        inputs[found.field].current?.focus();
      } else {
        setProblem(found);
      }
    }
  };

  return (
    <form
      noValidate
      className={classes.form}
      aria-labelledby="announcement-form-heading"
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Stack gap="md" maw="46rem">
        <PartnerProblemAlert problem={problem} />
        {sentTo !== undefined ? (
          <SuccessAlert data-testid="announcement-sent">
            {t('partners.announcements.form.sent', { count: sentTo })}
          </SuccessAlert>
        ) : null}
        <TextInput
          ref={titleInput}
          label={t('partners.announcements.form.titleField')}
          description={t('partners.announcements.form.titleHelp')}
          name="title"
          required
          maxLength={MAX_TITLE_LENGTH}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={fieldError('title')}
        />
        <Textarea
          ref={bodyInput}
          label={t('partners.announcements.form.body')}
          description={t('partners.announcements.form.bodyHelp')}
          name="body"
          required
          rows={6}
          maxLength={MAX_BODY_LENGTH}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={fieldError('body')}
        />
        <NativeSelect
          ref={districtInput}
          label={t('partners.announcements.form.district')}
          name="districtCode"
          value={districtCode}
          onChange={(event) => setDistrictCode(event.currentTarget.value)}
          error={fieldError('districtCode')}
          data={[
            { value: '', label: t('partners.announcements.everyone') },
            ...districtOptions.map((option) => ({
              value: option.value,
              label: t('partners.announcements.form.districtOption', { district: option.label }),
            })),
          ]}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('partners.announcements.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
