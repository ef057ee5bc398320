import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class DistrictCodeArgs {
  @Field({ description: 'Postal code, 75001 to 75020.' })
  code: string;
}

@ArgsType()
export class CollectionPointsArgs {
  @Field({ nullable: true, description: 'Only the points serving this arrondissement (postal code).' })
  districtCode?: string;
}
