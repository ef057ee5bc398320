import DataLoader from 'dataloader';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Per-request DataLoaders, so that a list page costs a bounded number of SQL queries whatever its size.
 * A service names its loader and gives the batch function; the first use in a request creates it.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface GraphqlContext {
  loaders: RequestLoaders;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** Groups rows by key in the order DataLoader asked for them; keys with no row get an empty list. */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
