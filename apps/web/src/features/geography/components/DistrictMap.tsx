import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useOrdinal } from '../../../i18n/useOrdinal';
import { parisDistrictMap } from '../utils/districtShapes';
import classes from './DistrictMap.module.css';

export interface DistrictMapProps {
  /** Postal code of the arrondissement to highlight, e.g. the one focused in the list. */
  activeCode?: string;
  onSelect: (code: string) => void;
  onHighlight?: (code: string | undefined) => void;
}

/**
 * The 20 arrondissements drawn from their official boundaries. A pointer shortcut only:
 * the map is an image for assistive technologies, which use the district list instead.
 */
export function DistrictMap({ activeCode, onSelect, onHighlight }: DistrictMapProps) {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const titleId = useId();
  const descriptionId = useId();
  const { width, height, shapes } = parisDistrictMap();

  return (
    <svg
      className={classes.map}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      data-testid="district-map"
    >
      <title id={titleId}>{t('home.mapTitle')}</title>
      <desc id={descriptionId}>{t('home.mapDescription')}</desc>
      {shapes.map((shape) => (
        <path
          key={shape.code}
          className={classes.district}
          d={shape.path}
          data-district-code={shape.code}
          data-active={shape.code === activeCode}
          onClick={() => onSelect(shape.code)}
          onMouseEnter={() => onHighlight?.(shape.code)}
          onMouseLeave={() => onHighlight?.(undefined)}
        >
          <title>{t('district.title', { ordinal: ordinal(shape.number), name: shape.name })}</title>
        </path>
      ))}
      {shapes.map((shape) => (
        <text key={shape.code} className={classes.label} x={shape.labelX} y={shape.labelY}>
          {shape.number}
        </text>
      ))}
    </svg>
  );
}
