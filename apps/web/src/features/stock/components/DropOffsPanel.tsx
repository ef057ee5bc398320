import { Stack } from '@mantine/core';

import type { DeskBookingFragment } from '../../../gql/graphql';
import { ExpectedDropOffs } from './ExpectedDropOffs';
import { ReceiveDropOff, useDropOffLookup } from './ReceiveDropOff';
import { WalkInGiftForm } from './WalkInGiftForm';

export interface DropOffsPanelProps {
  collectionPointId: string;
  /** Today's drop-offs, polled by the page. */
  expected: {
    bookings?: readonly DeskBookingFragment[];
    loading: boolean;
    error?: unknown;
    refetch: () => void;
  };
}

/** The "Drop-offs" tab: receive one by code (typed or scanned), a gift without booking, today's list. */
export function DropOffsPanel({ collectionPointId, expected }: DropOffsPanelProps) {
  const lookup = useDropOffLookup(collectionPointId);

  return (
    <Stack gap="xl">
      <ReceiveDropOff collectionPointId={collectionPointId} lookup={lookup} onReceived={expected.refetch} />
      <WalkInGiftForm collectionPointId={collectionPointId} />
      <ExpectedDropOffs
        bookings={expected.bookings}
        loading={expected.loading}
        error={expected.error}
        onReceive={(code) => {
          document.getElementById('receive-heading')?.scrollIntoView?.({ block: 'start' });
          void lookup.lookUp(code);
        }}
      />
    </Stack>
  );
}
