import { Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { DistrictsQuery } from '../../../gql/graphql';
import { useOrdinal } from '../../../i18n/useOrdinal';
import classes from './DistrictList.module.css';

export type DistrictListItem = DistrictsQuery['districts'][number];

export interface DistrictListProps {
  districts: readonly DistrictListItem[];
  activeCode?: string;
  onHighlight?: (code: string | undefined) => void;
}

/** The keyboard- and screen-reader-friendly way to pick an arrondissement. */
export function DistrictList({ districts, activeCode, onHighlight }: DistrictListProps) {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const headingId = useId();

  return (
    <nav aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('home.listTitle')}
      </Title>
      <ol className={classes.list}>
        {districts.map((district) => (
          <li key={district.code} className={classes.item}>
            <Link
              to={`/arrondissements/${district.code}`}
              className={classes.link}
              data-active={district.code === activeCode}
              onMouseEnter={() => onHighlight?.(district.code)}
              onMouseLeave={() => onHighlight?.(undefined)}
              onFocus={() => onHighlight?.(district.code)}
              onBlur={() => onHighlight?.(undefined)}
            >
              <span className={classes.number}>{ordinal(district.number)}</span> {district.name}
            </Link>
            {district.collectionPoints[0] && (
              <span className={classes.point}>
                {t('home.collectionPoint', { name: district.collectionPoints[0].name })}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
