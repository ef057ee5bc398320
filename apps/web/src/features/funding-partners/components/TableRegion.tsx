import { Stack, Table } from '@mantine/core';
import { type CSSProperties, type ReactNode, useId } from 'react';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import type { CsvColumn } from '../../../utils/csv';

/** Amounts line up on the right, on one line, in figures of equal width. */
export const NUMBER_CELL: CSSProperties = {
  textAlign: 'end',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
};

/**
 * A table wider than a phone: it scrolls sideways inside its own box, reachable with the keyboard, named by its
 * caption. With `csv`, its rows can be exported, the button named after the caption.
 */
export function TableRegion<Row>({
  caption,
  minWidth,
  csv,
  children,
}: {
  caption: string;
  minWidth: number;
  csv?: { filename: string; columns: readonly CsvColumn<Row>[]; rows: readonly Row[] };
  children: ReactNode;
}) {
  const captionId = useId();
  const region = (
    <div role="region" aria-labelledby={captionId} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder verticalSpacing="xs" miw={minWidth}>
        <caption id={captionId} style={{ captionSide: 'top', textAlign: 'start' }}>
          {caption}
        </caption>
        {children}
      </Table>
    </div>
  );
  if (!csv) return region;
  return (
    <Stack gap="xs">
      <ExportCsvButton {...csv} subject={caption} />
      {region}
    </Stack>
  );
}
