export type DistrictHelpUrgency = 'CRITICAL' | 'HIGH' | 'NORMAL';

/** `GET /public/districts/:code`: what is needed in an arrondissement today, public and cacheable. */
export interface DistrictHelp {
  districtCode: string;
  /** What verified associations there still lack, by variant: most urgent first, then most units; at most 10. */
  mostNeeded: {
    itemCode: string;
    itemName: { fr: string; en: string };
    variantLabel: { fr: string; en: string };
    /** Units still lacking. */
    remaining: number;
    urgency: DistrictHelpUrgency;
    needs: number;
  }[];
  /** Published missions there with places left on a shift to come, or a weekly slot; at most 5. */
  missions: {
    id: string;
    title: string;
    placesLeft: number | null;
    nextShiftStartsAt: string | null;
    weekly: boolean;
  }[];
  /** Approved initiatives working there, least funded first; at most 5. */
  initiatives: { id: string; title: string; budgetCents: number; percent: number }[];
  /** ISO instant. */
  generatedAt: string;
}
