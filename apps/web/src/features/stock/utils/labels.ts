/** "Chaussettes – Homme 43-46": an item and one of its variants, as the desk names them. */
export function variantName(item: { name: string }, variant: { label: string }): string {
  return `${item.name} – ${variant.label}`;
}
