import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OpeningSlot', { description: 'A period during which a collection point is open.' })
export class OpeningSlotModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday: number;

  @Field({ description: 'Local time, "HH:MM".' })
  opensAt: string;

  @Field({ description: 'Local time, "HH:MM".' })
  closesAt: string;
}

@ObjectType('CollectionPoint', { description: 'Where Parisians drop priority items, at a town hall.' })
export class CollectionPointModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable code, e.g. "p-75018" or "p-paris-centre".' })
  code: string;

  @Field()
  name: string;

  @Field()
  address: string;

  @Field({ description: 'Postal code of the arrondissement the point stands in.' })
  districtCode: string;
}
