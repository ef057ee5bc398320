/** Placeholder: this page is being built. */
export function NeedPage() {
  return null;
}
