import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { geoMercator, geoPath } from 'd3-geo';

import arrondissements from '@entraide/shared/reference-data/paris-arrondissements.geojson';

export interface DistrictShape {
  /** Postal code, e.g. "75018". */
  code: string;
  number: number;
  name: string;
  /** SVG path data in map coordinates. */
  path: string;
  /** Where the number label goes: the planar centroid of the shape. */
  labelX: number;
  labelY: number;
}

export interface DistrictMapGeometry {
  width: number;
  height: number;
  shapes: DistrictShape[];
}

interface ArrondissementProperties {
  c_ar: number;
  l_aroff: string;
}

type ArrondissementFeature = Feature<Polygon, ArrondissementProperties>;

export function postalCode(number: number): string {
  return `750${String(number).padStart(2, '0')}`;
}

function isArrondissement(feature: Feature): feature is ArrondissementFeature {
  const properties = feature.properties;
  return (
    feature.geometry?.type === 'Polygon' &&
    typeof properties?.['c_ar'] === 'number' &&
    typeof properties['l_aroff'] === 'string'
  );
}

/** Projects the arrondissement boundaries onto a `width`-wide plane; the height follows from the shape of Paris. */
export function projectDistricts(
  collection: FeatureCollection,
  width: number,
  padding = 8,
): DistrictMapGeometry {
  const features = collection.features
    .filter(isArrondissement)
    .sort((a, b) => a.properties.c_ar - b.properties.c_ar);
  const fitted: FeatureCollection<Polygon, ArrondissementProperties> = {
    type: 'FeatureCollection',
    features,
  };

  const probe = geoMercator().fitWidth(width - 2 * padding, fitted);
  const [[, top], [, bottom]] = geoPath(probe).bounds(fitted);
  const height = Math.ceil(bottom - top + 2 * padding);

  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    fitted,
  );
  const path = geoPath(projection);
  const shapes = features.map((feature) => {
    const [labelX, labelY] = path.centroid(feature);
    return {
      code: postalCode(feature.properties.c_ar),
      number: feature.properties.c_ar,
      name: feature.properties.l_aroff,
      path: path(feature) ?? '',
      labelX,
      labelY,
    };
  });
  return { width, height, shapes };
}

let parisMap: DistrictMapGeometry | undefined;

/** The 20 arrondissements of Paris, projected once and reused. */
export function parisDistrictMap(): DistrictMapGeometry {
  parisMap ??= projectDistricts(arrondissements, 800);
  return parisMap;
}
