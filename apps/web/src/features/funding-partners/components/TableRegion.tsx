import { Table } from '@mantine/core';
import { type CSSProperties, type ReactNode, useId } from 'react';

/** Amounts line up on the right, on one line, in figures of equal width. */
export const NUMBER_CELL: CSSProperties = {
  textAlign: 'end',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
};

/**
 * A table wider than a phone: it scrolls sideways inside its own box, reachable with the keyboard, named by its
 * caption.
 */
export function TableRegion({
  caption,
  minWidth,
  children,
}: {
  caption: string;
  minWidth: number;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder verticalSpacing="xs" miw={minWidth}>
        <caption id={captionId} style={{ captionSide: 'top', textAlign: 'start' }}>
          {caption}
        </caption>
        {children}
      </Table>
    </div>
  );
}
