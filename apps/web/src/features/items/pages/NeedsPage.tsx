/** Placeholder: this page is being built. */
export function NeedsPage() {
  return null;
}
