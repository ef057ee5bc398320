/** Placeholder: this page is being built. */
export function MyGiftsPage() {
  return null;
}
