const MAX_LABEL_LENGTH = 64;

/** A GraphQL operation name as a metric label: a plain identifier cut to 64 characters, else "anonymous". */
export function metricLabel(name: string | null | undefined): string {
  if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return 'anonymous';
  return name.slice(0, MAX_LABEL_LENGTH);
}
