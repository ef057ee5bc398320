/** An audit entry's `details` (a JSON object) as "key: value" lines; the raw text if it is not one. */
export function describeDetails(details: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details ? [details] : [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [details];
  return Object.entries(parsed).map(
    ([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
}
