/** Placeholder: this page is being built. */
export function CollectionPointDeskPage() {
  return null;
}
