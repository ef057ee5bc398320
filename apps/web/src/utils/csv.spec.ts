import {
  CSV_BOM,
  type CsvColumn,
  type CsvValue,
  collectPages,
  csvFilename,
  csvHeader,
  downloadCsv,
  toCsv,
} from './csv';

/** One column of raw values, to see how a single cell is written. */
const single: CsvColumn<CsvValue>[] = [{ header: 'Valeur', value: (value) => value }];

/** The lines of a one-column CSV after its header, without the BOM and the final CRLF. */
function cells(values: CsvValue[]): string[] {
  return toCsv(single, values).slice(CSV_BOM.length).split('\r\n').slice(1, -1);
}

describe('toCsv', () => {
  interface Gift {
    item: string;
    quantity: number;
  }
  const columns: CsvColumn<Gift>[] = [
    { header: 'Objet', value: (gift) => gift.item },
    { header: 'Quantité', value: (gift) => gift.quantity },
  ];

  it('starts with a UTF-8 BOM, then a header line and one line a row, each ended by CRLF', () => {
    const csv = toCsv(columns, [
      { item: 'Chaussettes', quantity: 12 },
      { item: 'Sacs de couchage', quantity: 3 },
    ]);
    expect(csv).toBe('\uFEFFObjet,Quantité\r\nChaussettes,12\r\nSacs de couchage,3\r\n');
  });

  it('writes only the header line when there are no rows', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFObjet,Quantité\r\n');
  });

  it('quotes fields holding a quote, a comma, a CR or an LF, doubling the quotes', () => {
    expect(toCsv(single, ['Manteau "chaud"', 'Homme, 43-46', 'deux\nlignes', 'fin\r', 'simple'])).toBe(
      '\uFEFFValeur\r\n"Manteau ""chaud"""\r\n"Homme, 43-46"\r\n"deux\nlignes"\r\n"fin\r"\r\nsimple\r\n',
    );
  });

  it('quotes a header that needs it', () => {
    expect(toCsv([{ header: 'Reçus, envoyés', value: () => 1 }], [])).toBe('\uFEFF"Reçus, envoyés"\r\n');
  });

  it('writes null and undefined as empty cells', () => {
    expect(
      toCsv([...single, ...single], [null, undefined])
        .split('\r\n')
        .slice(1, -1),
    ).toEqual([',', ',']);
  });

  it('writes numbers as numbers, negative ones included, and non-finite ones as empty cells', () => {
    expect(cells([-12, 0, 3.5, 1_250_000, Number.NaN, Number.POSITIVE_INFINITY])).toEqual([
      '-12',
      '0',
      '3.5',
      '1250000',
      '',
      '',
    ]);
  });

  it('writes booleans as true and false', () => {
    expect(cells([true, false])).toEqual(['true', 'false']);
  });

  it('writes a date at midnight UTC as a calendar day, any other date as a full ISO instant', () => {
    expect(
      cells([
        new Date('2026-11-28T00:00:00.000Z'),
        new Date('2026-11-28T09:30:00.000Z'),
        new Date('not a date'),
      ]),
    ).toEqual(['2026-11-28', '2026-11-28T09:30:00.000Z', '']);
  });

  it('puts a quote before text that a spreadsheet would run as a formula', () => {
    expect(
      cells(['=SUM(A1:A2)', '+33 1 23 45 67 89', '-12', '@cmd', '\tTab', '=HYPERLINK("http://x")', 'a=b']),
    ).toEqual([
      "'=SUM(A1:A2)",
      "'+33 1 23 45 67 89",
      "'-12",
      "'@cmd",
      "'\tTab",
      '"\'=HYPERLINK(""http://x"")"',
      'a=b',
    ]);
  });

  it('guards a text starting with a CR, and quotes it as well', () => {
    expect(toCsv(single, ['\rrm']).split('\r\n')[1]).toBe('"\'\rrm"');
  });
});

describe('csvHeader', () => {
  it('drops the colon that ends a screen label', () => {
    expect(csvHeader('Date limite :')).toBe('Date limite');
    expect(csvHeader('Deadline:')).toBe('Deadline');
    expect(csvHeader('Quantité\u00a0:')).toBe('Quantité');
    expect(csvHeader('Statut')).toBe('Statut');
  });
});

describe('csvFilename', () => {
  it('adds the day in Paris and the extension', () => {
    expect(csvFilename('besoins', new Date('2026-11-28T10:00:00Z'))).toBe('besoins-2026-11-28.csv');
    // 23:30 UTC on the 28th is already the 29th in Paris.
    expect(csvFilename('besoins', new Date('2026-11-28T23:30:00Z'))).toBe('besoins-2026-11-29.csv');
  });
});

describe('collectPages', () => {
  /** A list of `total` numbers served `size` at a time, the cursor being the next offset. */
  function pages(total: number, size: number) {
    const fetchPage = vi.fn(async (offset: number | null) => {
      const start = offset ?? 0;
      const rows = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
      return { rows, next: start + size < total ? start + size : null };
    });
    return fetchPage;
  }

  it('asks for every page until the last', async () => {
    const fetchPage = pages(7, 3);
    expect(await collectPages(fetchPage)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([null, 3, 6]);
  });

  it('stops once more than the most rows are in hand, keeping one more to tell the list goes on', async () => {
    const fetchPage = pages(100, 4);
    const rows = await collectPages(fetchPage, 10);
    expect(rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('stops at an empty page even when a cursor follows', async () => {
    const fetchPage = vi.fn(async () => ({ rows: [], next: 'again' }));
    expect(await collectPages(fetchPage)).toEqual([]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});

describe('downloadCsv', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the text as a CSV file through a temporary link, then revokes the URL', async () => {
    vi.useFakeTimers();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:csv');
    const revokeObjectURL = vi.fn();
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: revokeObjectURL, configurable: true });
    const clicked: { download: string; href: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, attached: this.isConnected });
    });

    downloadCsv('besoins-2026-11-28.csv', '\uFEFFa,b\r\n');

    expect(clicked).toEqual([{ download: 'besoins-2026-11-28.csv', href: 'blob:csv', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(blob.size).toBe(8); // The BOM is three bytes in UTF-8.
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:csv');
    vi.useRealTimers();
  });
});
