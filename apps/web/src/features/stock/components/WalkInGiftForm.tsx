import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useApiLanguage } from '../../../i18n/useApiLanguage';
import { CATALOGUE_QUERY } from '../../catalogue/graphql/catalogueQuery';
import classes from '../../identity/components/IdentityForm.module.css';
import { RECORD_WALK_IN_GIFT_MUTATION } from '../graphql/deskOperations';
import { type DeskProblem, deskProblem } from '../utils/deskErrors';
import { variantName } from '../utils/labels';
import { DeskProblemAlert } from './DeskProblemAlert';
import { DeskQueryStatus } from './DeskQueryStatus';
import { DoneAlert } from '../../../components/SuccessAlert';
import {
  checkLines,
  focusFirstLineError,
  newLine,
  type VariantLine,
  type VariantLineErrors,
  VariantLinesEditor,
} from './VariantLinesEditor';

const PREFIX = 'walk-in';
const MAX_NOTE_LENGTH = 400;

/** "Gift without a booking": someone brings items without a code; they go straight into the stock. */
export function WalkInGiftForm({ collectionPointId }: { collectionPointId: string }) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const [open, setOpen] = useState(false);
  const catalogue = useQuery(CATALOGUE_QUERY, { variables: { lang }, skip: !open });
  const [record, { loading }] = useMutation(RECORD_WALK_IN_GIFT_MUTATION);
  const [lines, setLines] = useState<VariantLine[]>(() => [newLine([])]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<number, VariantLineErrors>>({});
  const [problem, setProblem] = useState<DeskProblem>();
  const [done, setDone] = useState<string>();

  const options = (catalogue.data?.catalogue ?? []).map((item) => ({
    group: item.name,
    items: item.variants.map((variant) => ({ value: variant.id, label: variantName(item, variant) })),
  }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(undefined);
    const checked = checkLines(lines, t);
    setErrors(checked.errors);
    if (!checked.valid) {
      focusFirstLineError(PREFIX, lines, checked.errors);
      return;
    }
    try {
      const { data } = await record({
        variables: {
          input: {
            collectionPointId,
            lines: checked.valid,
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        },
      });
      setDone(t('stock.walkIn.done', { count: data?.recordWalkInGift.received ?? 0 }));
      setLines([newLine([])]);
      setNote('');
    } catch (error: unknown) {
      setProblem(deskProblem(error));
    }
  };

  return (
    <section aria-labelledby="walk-in-heading">
      <Title order={2} size="h3" id="walk-in-heading" mb={4}>
        {t('stock.walkIn.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('stock.walkIn.intro')}
      </Text>
      <Stack gap="md">
        <DoneAlert message={done} />
        <Button
          size="lg"
          variant="outline"
          fullWidth
          aria-expanded={open}
          aria-controls={open ? 'walk-in-form' : undefined}
          onClick={() => setOpen((current) => !current)}
        >
          {t('stock.walkIn.open')}
        </Button>
        {!open ? null : (
          <div id="walk-in-form">
            {!catalogue.data ? (
              <DeskQueryStatus loading={catalogue.loading} error={catalogue.error} />
            ) : (
              <form
                noValidate
                className={classes.form}
                onSubmit={(event) => void handleSubmit(event)}
                aria-labelledby="walk-in-heading"
              >
                <Stack gap="md">
                  <VariantLinesEditor
                    prefix={PREFIX}
                    lines={lines}
                    onChange={setLines}
                    options={options}
                    errors={errors}
                  />
                  <Textarea
                    label={t('stock.walkIn.note')}
                    description={t('stock.walkIn.noteHelp')}
                    name="walk-in-note"
                    size="md"
                    rows={2}
                    maxLength={MAX_NOTE_LENGTH}
                    value={note}
                    onChange={(event) => setNote(event.currentTarget.value)}
                  />
                  <DeskProblemAlert problem={problem} />
                  <Button type="submit" size="lg" fullWidth loading={loading}>
                    {t('stock.walkIn.submit')}
                  </Button>
                </Stack>
              </form>
            )}
          </div>
        )}
      </Stack>
    </section>
  );
}
