import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '../../../components/ProblemAlert';
import type { ItemsProblem } from '../utils/itemsErrors';

/** A failed action of the items pages (keys under `items.errors`), with the API's message when unknown. */
export function ItemsProblemAlert({ problem }: { problem: ItemsProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return <ProblemAlert title={t(`items.errors.${problem.key}`, problem.values)} detail={problem.detail} />;
}
