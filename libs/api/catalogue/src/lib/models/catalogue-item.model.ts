import { Audience, Language, PriorityLevel } from '@entraide/shared';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(PriorityLevel, {
  name: 'PriorityLevel',
  description: 'How much associations need an item overall.',
});
registerEnumType(Audience, { name: 'Audience', description: 'Who a variant is meant for.' });
registerEnumType(Language, { name: 'Language', description: 'Language of labels; French by default.' });

@ObjectType('CatalogueVariant', { description: 'A size or kind of a priority item.' })
export class CatalogueVariantModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable code, e.g. "socks/men-43-46".' })
  code: string;

  @Field(() => Audience)
  audience: Audience;

  labelFr: string;
  labelEn: string;
}

@ObjectType('CatalogueItem', { description: 'A priority item of the plan (commitment 14).' })
export class CatalogueItemModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable code, e.g. "socks".' })
  code: string;

  @Field(() => PriorityLevel)
  priority: PriorityLevel;

  nameFr: string;
  nameEn: string;
}

/** Fields of every record about a catalogue variant (a need, an offer, a stock level…), with its item. */
@ObjectType({ isAbstract: true })
export abstract class OfVariantModel {
  @Field(() => CatalogueVariantModel)
  variant: CatalogueVariantModel;

  @Field(() => CatalogueItemModel)
  item: CatalogueItemModel;
}
