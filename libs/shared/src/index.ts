export { Audience, PriorityLevel } from './lib/catalogue';
export { districtNumber, DISTRICT_CODES, isDistrictCode } from './lib/districts';
export { isUuid } from './lib/ids';
export { DEFAULT_LANGUAGE, Language } from './lib/languages';
export { formatOpeningHours } from './lib/opening-hours';
export type { OpeningSlot } from './lib/opening-hours';
export { isCalendarDay } from './lib/days';
export type { DistrictHelp, DistrictHelpUrgency } from './lib/district-help';
