import { BadUserInputException, requireLanguageCode } from '@entraide/api-core';

import { LanguageInput } from '../dto/missions.inputs';

/** ISO 639 codes with a level, one entry per language, at most 12. */
export function requireLanguageList(languages: LanguageInput[]): LanguageInput[] {
  const seen = new Set<string>();
  const list: LanguageInput[] = [];
  for (const language of languages) {
    const code = requireLanguageCode(language.code);
    if (seen.has(code)) throw new BadUserInputException(`The language "${code}" is listed twice.`);
    seen.add(code);
    list.push({ code, level: language.level });
  }
  if (list.length > 12) throw new BadUserInputException('At most 12 languages.');
  return list;
}
