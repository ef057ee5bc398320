import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { captureDownloads, downloadedCsv } from '../testing/downloads';
import { renderWithProviders } from '../testing/renderWithProviders';
import { CSV_MAX_ROWS, type CsvColumn } from '../utils/csv';
import { ExportCsvButton } from './ExportCsvButton';

interface Gift {
  item: string;
  quantity: number;
}

const COLUMNS: CsvColumn<Gift>[] = [
  { header: 'Objet', value: (gift) => gift.item },
  { header: 'Quantité', value: (gift) => gift.quantity },
];

const GIFTS: Gift[] = [
  { item: 'Chaussettes, homme', quantity: 12 },
  { item: '=1+1', quantity: -3 },
];

describe('ExportCsvButton', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T10:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('downloads the rows it is given as a dated CSV file', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderWithProviders(<ExportCsvButton filename="besoins" columns={COLUMNS} rows={GIFTS} />);

    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    expect(await downloadedCsv(downloads)).toEqual({
      filename: 'besoins-2026-11-28.csv',
      lines: ['Objet,Quantité', '"Chaussettes, homme",12', "'=1+1,-3"],
    });
    // The UTF-8 byte order mark comes first, for Excel.
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(downloads[0]!.blob);
    });
    expect([...new Uint8Array(bytes, 0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('is disabled when the list is empty', () => {
    renderWithProviders(<ExportCsvButton filename="besoins" columns={COLUMNS} rows={[]} />);
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toHaveProperty('disabled', true);
  });

  it('names the list when given a subject, in the interface language', () => {
    renderWithProviders(
      <ExportCsvButton filename="payments" columns={COLUMNS} rows={GIFTS} subject="Payments" />,
      {
        language: 'en',
      },
    );
    expect(screen.getByRole('button', { name: 'Export as CSV: Payments' }).textContent).toBe('Export as CSV');
  });

  it('loads every row on click, and is disabled while it does', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    let resolve: (rows: Gift[]) => void = () => undefined;
    const loadRows = vi.fn(() => new Promise<Gift[]>((done) => (resolve = done)));
    renderWithProviders(<ExportCsvButton filename="missions" columns={COLUMNS} loadRows={loadRows} />);

    const button = screen.getByRole('button', { name: 'Exporter en CSV' });
    await user.click(button);
    expect(loadRows).toHaveBeenCalledTimes(1);
    expect(button).toHaveProperty('disabled', true);
    resolve(GIFTS.slice(0, 1));

    expect(await downloadedCsv(downloads)).toEqual({
      filename: 'missions-2026-11-28.csv',
      lines: ['Objet,Quantité', '"Chaussettes, homme",12'],
    });
    expect(button).toHaveProperty('disabled', false);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('exports at most 5,000 rows, and says so when the list was longer', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const many = Array.from({ length: CSV_MAX_ROWS + 1 }, (_, index) => ({ item: 'Savon', quantity: index }));
    renderWithProviders(<ExportCsvButton filename="journal" columns={COLUMNS} loadRows={async () => many} />);

    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    const { lines } = await downloadedCsv(downloads);
    expect(lines).toHaveLength(CSV_MAX_ROWS + 1);
    expect(lines.at(-1)).toBe('Savon,4999');
    expect((await screen.findByRole('status')).textContent).toBe(
      'Seules les 5\u202f000 premières lignes ont été exportées : filtrez la liste pour exporter le reste.',
    );
  });

  it('says when the rows could not be loaded, and downloads nothing', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderWithProviders(
      <ExportCsvButton
        filename="journal"
        columns={COLUMNS}
        loadRows={() => Promise.reject(new Error('Network error'))}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      "L'export n'a pas pu être préparé. Veuillez réessayer.",
    );
    expect(downloads).toEqual([]);
  });
});
