import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';

import { renderWithProviders } from '../../../testing/renderWithProviders';
import { DistrictMap } from './DistrictMap';

describe('DistrictMap', () => {
  it('draws the 20 arrondissements with their numbers', () => {
    const { container } = renderWithProviders(<DistrictMap onSelect={() => undefined} />);

    const shapes = container.querySelectorAll('path[data-district-code]');
    expect(shapes).toHaveLength(20);
    const codes = [...shapes].map((shape) => shape.getAttribute('data-district-code'));
    expect(codes).toEqual(Array.from({ length: 20 }, (_, i) => `750${String(i + 1).padStart(2, '0')}`));
    for (const shape of shapes) expect(shape.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);

    const labels = [...container.querySelectorAll('text')].map((label) => label.textContent);
    expect(labels).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });

  it('is labelled as an image for assistive technologies', () => {
    renderWithProviders(<DistrictMap onSelect={() => undefined} />);
    expect(screen.getByRole('img', { name: 'Carte des 20 arrondissements de Paris' })).toBeTruthy();
  });

  it('reports the arrondissement clicked', () => {
    const onSelect = vi.fn();
    const { container } = renderWithProviders(<DistrictMap onSelect={onSelect} />);

    fireEvent.click(container.querySelector('path[data-district-code="75018"]')!);

    expect(onSelect).toHaveBeenCalledWith('75018');
  });

  it('names each shape in a tooltip', () => {
    const { container } = renderWithProviders(<DistrictMap onSelect={() => undefined} />);
    const shape = container.querySelector('path[data-district-code="75001"]')!;
    expect(shape.querySelector('title')!.textContent).toBe('1er arrondissement – Louvre');
  });
});
