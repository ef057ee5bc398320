import { DEFAULT_LANGUAGE, Language } from '@entraide/shared';
import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class LanguageArgs {
  @Field(() => Language, { defaultValue: DEFAULT_LANGUAGE })
  lang: Language = DEFAULT_LANGUAGE;
}
