import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode, RefObject } from 'react';

import classes from '../../identity/components/IdentityForm.module.css';
import type { FundingProblem } from '../utils/fundingErrors';
import { FundingProblemAlert } from './FundingProblemAlert';

export interface FundingFormProps {
  /** For `useFocusFirstInvalid`. */
  formRef: RefObject<HTMLFormElement | null>;
  /** The id of the heading that names the form. */
  labelledBy: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  /** What the API answered when it refused. */
  problem: FundingProblem | undefined;
  submitLabel: string;
  loading: boolean;
  /** The fields. */
  children: ReactNode;
}

/**
 * A partners' form under its section heading (pledge, grant, contact request, initiative, payout): its fields,
 * the API's refusal when there is one, and the submit button. Fields are checked by the form's own handler.
 */
export function FundingForm({
  formRef,
  labelledBy,
  onSubmit,
  problem,
  submitLabel,
  loading,
  children,
}: FundingFormProps) {
  return (
    <form
      ref={formRef}
      noValidate
      className={classes.form}
      onSubmit={(event) => void onSubmit(event)}
      aria-labelledby={labelledBy}
    >
      <Stack gap="md" maw={760}>
        {children}
        <FundingProblemAlert problem={problem} />
        <Group>
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
