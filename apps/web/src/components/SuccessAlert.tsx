import { Alert, type AlertProps, type MantineSpacing } from '@mantine/core';

/** Said politely once an action worked: announced to screen readers without interrupting them. */
export function SuccessAlert({ children, ...props }: Omit<AlertProps, 'color' | 'variant' | 'role'>) {
  return (
    <Alert color="teal.9" variant="filled" role="status" {...props}>
      {children}
    </Alert>
  );
}

/** What an action achieved, when there is something to say (nothing otherwise). */
export function DoneAlert({ message, mb }: { message: string | undefined; mb?: MantineSpacing }) {
  if (!message) return null;
  return <SuccessAlert mb={mb}>{message}</SuccessAlert>;
}
