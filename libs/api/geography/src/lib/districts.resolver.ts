import { GraphqlContext } from '@entraide/api-core';
import { Args, Context, Float, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { DistrictCodeArgs } from './dto/args/district-code.args';
import { CollectionPointModel } from './models/collection-point.model';
import { DistrictModel } from './models/district.model';
import { GeographyService } from './services/geography.service';

@Resolver(() => DistrictModel)
export class DistrictsResolver {
  constructor(private readonly geography: GeographyService) {}

  @Query(() => [DistrictModel], { description: 'The 20 arrondissements, in order.' })
  districts(): Promise<DistrictModel[]> {
    return this.geography.listDistricts();
  }

  @Query(() => DistrictModel, { description: 'One arrondissement by postal code; NOT_FOUND when unknown.' })
  district(@Args() { code }: DistrictCodeArgs): Promise<DistrictModel> {
    return this.geography.getDistrict(code);
  }

  @ResolveField(() => [DistrictModel], { description: 'Arrondissements sharing a border with this one.' })
  neighbours(
    @Parent() district: DistrictModel,
    @Context() { loaders }: GraphqlContext,
  ): Promise<DistrictModel[]> {
    return this.geography.neighboursOf(district.code, loaders);
  }

  @ResolveField(() => [CollectionPointModel], {
    description: 'Collection points serving this arrondissement.',
  })
  collectionPoints(
    @Parent() district: DistrictModel,
    @Context() { loaders }: GraphqlContext,
  ): Promise<CollectionPointModel[]> {
    return this.geography.collectionPointsServing(district.code, loaders);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Distance in km between the centroids of this and another arrondissement; null if unknown.',
  })
  distanceKm(
    @Parent() district: DistrictModel,
    @Args() { code }: DistrictCodeArgs,
    @Context() { loaders }: GraphqlContext,
  ): Promise<number | null> {
    return this.geography.distanceKm(district.code, code, loaders);
  }
}
