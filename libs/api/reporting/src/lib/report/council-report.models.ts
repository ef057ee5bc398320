import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportFigure')
export class ReportFigureModel {
  @Field(() => Int, { description: 'The plan’s commitment, 10 to 14.' })
  commitment: number;

  @Field({ description: 'e.g. "volunteer_hours", "donations_cents".' })
  indicator: string;

  @Field(() => String, { nullable: true, description: 'None: the whole city.' })
  districtCode: string | null;

  @Field(() => Float)
  value: number;
}

@ObjectType('CouncilReport')
export class CouncilReportModel {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => [ReportFigureModel], {
    description: 'Per commitment and indicator: the city first, then each arrondissement.',
  })
  figures: ReportFigureModel[];
}
