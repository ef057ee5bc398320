/** Placeholder: this page is being built. */
export function OrganisationNeedsPage() {
  return null;
}
