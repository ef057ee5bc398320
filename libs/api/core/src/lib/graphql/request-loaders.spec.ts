import { groupByKeys, RequestLoaders } from './request-loaders';

describe('RequestLoaders', () => {
  it('batches the loads of one tick into a single call and reuses the loader by name', async () => {
    const calls: (readonly string[])[] = [];
    const loaders = new RequestLoaders();
    const batch = async (keys: readonly string[]) => {
      calls.push(keys);
      return keys.map((key) => key.toUpperCase());
    };
    const results = await Promise.all([
      loaders.get('upper', batch).load('a'),
      loaders.get('upper', batch).load('b'),
      loaders.get('upper', batch).load('a'),
    ]);
    expect(results).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([['a', 'b']]);
  });
});

describe('groupByKeys', () => {
  it('groups rows in the order of the keys, with empty groups for keys without rows', () => {
    const rows = [
      { of: 'b', value: 1 },
      { of: 'a', value: 2 },
      { of: 'b', value: 3 },
    ];
    expect(groupByKeys(['a', 'b', 'c'], rows, (row) => row.of)).toEqual([
      [{ of: 'a', value: 2 }],
      [
        { of: 'b', value: 1 },
        { of: 'b', value: 3 },
      ],
      [],
    ]);
  });
});
