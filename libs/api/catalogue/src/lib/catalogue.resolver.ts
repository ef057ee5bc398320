import { GraphqlContext, PlainFieldArgs } from '@entraide/api-core';
import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { LanguageArgs } from './dto/args/language.args';
import { CatalogueItemModel, CatalogueVariantModel } from './models/catalogue-item.model';
import { CatalogueService } from './services/catalogue.service';
import { localise } from './utils/localise.util';

@Resolver(() => CatalogueItemModel)
export class CatalogueResolver {
  constructor(private readonly catalogueService: CatalogueService) {}

  @Query(() => [CatalogueItemModel], {
    description: 'The priority items and their variants, most needed first.',
  })
  catalogue(): Promise<CatalogueItemModel[]> {
    return this.catalogueService.listItems();
  }

  @ResolveField(() => String)
  @PlainFieldArgs(() => LanguageArgs)
  name(item: CatalogueItemModel, { lang }: LanguageArgs): string {
    return localise({ fr: item.nameFr, en: item.nameEn }, lang);
  }

  @ResolveField(() => [CatalogueVariantModel])
  variants(
    @Parent() item: CatalogueItemModel,
    @Context() { loaders }: GraphqlContext,
  ): Promise<CatalogueVariantModel[]> {
    return this.catalogueService.variantsOf(item.id, loaders);
  }
}

@Resolver(() => CatalogueVariantModel)
export class CatalogueVariantResolver {
  @ResolveField(() => String, { description: 'e.g. "Homme 43-46".' })
  @PlainFieldArgs(() => LanguageArgs)
  label(variant: CatalogueVariantModel, { lang }: LanguageArgs): string {
    return localise({ fr: variant.labelFr, en: variant.labelEn }, lang);
  }
}
