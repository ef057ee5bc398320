/** An element's text with the narrow and non-breaking spaces of French number formatting as plain spaces. */
export function plain(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
