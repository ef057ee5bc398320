import { GraphqlContext } from '@entraide/api-core';
import { formatOpeningHours } from '@entraide/shared';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CollectionPointsArgs } from './dto/args/district-code.args';
import { CollectionPointModel, OpeningSlotModel } from './models/collection-point.model';
import { DistrictModel } from './models/district.model';
import { GeographyService } from './services/geography.service';

@Resolver(() => CollectionPointModel)
export class CollectionPointsResolver {
  constructor(private readonly geography: GeographyService) {}

  @Query(() => [CollectionPointModel], {
    description: 'All collection points, or those serving one arrondissement (NOT_FOUND when unknown).',
  })
  collectionPoints(@Args() { districtCode }: CollectionPointsArgs): Promise<CollectionPointModel[]> {
    return this.geography.listCollectionPoints(districtCode);
  }

  @ResolveField(() => String, {
    description: 'Opening hours in OpenStreetMap syntax, e.g. "Mo-We,Fr 08:30-17:00; Th 08:30-19:30".',
  })
  async openingHours(
    @Parent() point: CollectionPointModel,
    @Context() { loaders }: GraphqlContext,
  ): Promise<string> {
    return formatOpeningHours(await this.geography.openingSlotsOf(point.id, loaders));
  }

  @ResolveField(() => [OpeningSlotModel], { description: 'Opening hours, one slot per day and period.' })
  openingSlots(
    @Parent() point: CollectionPointModel,
    @Context() { loaders }: GraphqlContext,
  ): Promise<OpeningSlotModel[]> {
    return this.geography.openingSlotsOf(point.id, loaders);
  }

  @ResolveField(() => DistrictModel, { description: 'The arrondissement the point stands in.' })
  district(
    @Parent() point: CollectionPointModel,
    @Context() { loaders }: GraphqlContext,
  ): Promise<DistrictModel> {
    return this.geography.districtByCode(point.districtCode, loaders);
  }

  @ResolveField(() => [DistrictModel], {
    description: 'The arrondissements whose residents drop items here.',
  })
  servedDistricts(
    @Parent() point: CollectionPointModel,
    @Context() { loaders }: GraphqlContext,
  ): Promise<DistrictModel[]> {
    return this.geography.districtsServedBy(point.id, loaders);
  }
}
