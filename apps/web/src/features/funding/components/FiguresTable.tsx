import { Stack, Table } from '@mantine/core';
import type { ReactNode } from 'react';

import { ExportCsvButton } from '../../../components/ExportCsvButton';
import type { CsvColumn } from '../../../utils/csv';

/** A column of a figures table: its header and text (as exported), aligned right for amounts. */
export interface FigureColumn<Row> extends CsvColumn<Row> {
  value: (row: Row) => string | number;
  numeric?: boolean;
  /** What the cell shows instead of the text (a link). */
  cell?: (row: Row) => ReactNode;
}

/**
 * A table that scrolls sideways on small screens, with its caption, the first column naming each row; and the
 * same rows to export as CSV.
 */
export function FiguresTable<Row>({
  caption,
  columns,
  rows,
  minWidth,
  testId,
  filename,
  rowKey,
}: {
  caption: string;
  columns: readonly FigureColumn<Row>[];
  rows: readonly Row[];
  minWidth: number;
  testId: string;
  /** The file's name in the export, without the date. */
  filename: string;
  rowKey: (row: Row) => string;
}) {
  return (
    <Stack gap="xs" align="flex-start">
      <ExportCsvButton filename={filename} subject={caption} columns={columns} rows={rows} />
      <Table.ScrollContainer minWidth={minWidth} w="100%">
        <Table striped withTableBorder data-testid={testId}>
          <Table.Caption ta="start" c="dark">
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header} scope="col" ta={column.numeric ? 'right' : undefined}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column, index) => {
                  const content = column.cell ? column.cell(row) : column.value(row);
                  return index === 0 ? (
                    <Table.Th key={column.header} scope="row" fw={500}>
                      {content}
                    </Table.Th>
                  ) : (
                    <Table.Td key={column.header} ta={column.numeric ? 'right' : undefined}>
                      {content}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
