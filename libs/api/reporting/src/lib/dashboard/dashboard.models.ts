import { Cents } from '@entraide/api-core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DashboardAlertKind {
  /** A critical need still lacking units 48 hours after it was posted. */
  CRITICAL_NEED_UNMET = 'CRITICAL_NEED_UNMET',
  /** A collection point has none of a priority item that an open need of its arrondissements lacks. */
  POINT_OUT_OF_NEEDED_ITEM = 'POINT_OUT_OF_NEEDED_ITEM',
  /** A stay under way without a check-in for 45 days. */
  STAY_WITHOUT_CHECK_IN = 'STAY_WITHOUT_CHECK_IN',
  /** An association has left proposals unanswered for 72 hours. */
  PROPOSALS_UNANSWERED = 'PROPOSALS_UNANSWERED',
}
registerEnumType(DashboardAlertKind, { name: 'DashboardAlertKind' });

@ObjectType('DashboardDistrict')
export class DashboardDistrictModel {
  @Field()
  districtCode: string;

  @Field(() => Int, { description: 'Open needs still lacking units.' })
  needsUncovered: number;

  @Field(() => Int)
  unitsLacking: number;

  @Field(() => Int)
  criticalUncovered: number;

  @Field(() => Int, {
    description: 'Units of priority items in stock at the collection points located there.',
  })
  priorityStock: number;

  @Field(() => Int)
  hostsAvailable: number;

  @Field(() => Int)
  activeStays: number;

  @Field(() => Int, { description: 'Volunteers who said they can help there.' })
  volunteers: number;

  @Field(() => Cents, { description: 'Donations (net) to initiatives working there.' })
  donationsCents: number;
}

@ObjectType('DashboardDay')
export class DashboardDayModel {
  @Field({ description: 'YYYY-MM-DD (Paris).' })
  day: string;

  @Field(() => Int)
  itemsReceived: number;

  @Field(() => Int)
  itemsDispatched: number;

  @Field(() => Int)
  staysStarted: number;

  @Field(() => Float)
  volunteerHours: number;

  @Field(() => Cents)
  donationsCents: number;
}

@ObjectType('DashboardAlert')
export class DashboardAlertModel {
  @Field(() => DashboardAlertKind)
  kind: DashboardAlertKind;

  @Field(() => String, { nullable: true })
  districtCode: string | null;

  @Field({ description: 'Since when the situation lasts.' })
  since: Date;

  @Field(() => ID, { nullable: true, description: 'The organisation concerned, if any.' })
  organisationId: string | null;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => ID, { nullable: true })
  collectionPointId: string | null;

  @Field(() => String, { nullable: true })
  collectionPointName: string | null;

  @Field(() => String, { nullable: true, description: 'The item and variant, in French.' })
  itemFr: string | null;

  @Field(() => String, { nullable: true })
  itemEn: string | null;

  @Field(() => Int, { nullable: true, description: 'Units lacking, or proposals waiting.' })
  count: number | null;
}

@ObjectType('CoordinationDashboard')
export class CoordinationDashboardModel {
  @Field(() => [DashboardDistrictModel], { description: 'The 20 arrondissements.' })
  districts: DashboardDistrictModel[];

  @Field(() => [DashboardDayModel], {
    description: 'Day by day, oldest first (the arrondissement asked, or all).',
  })
  days: DashboardDayModel[];

  @Field(() => [DashboardAlertModel], { description: 'Oldest first (the arrondissement asked, or all).' })
  alerts: DashboardAlertModel[];

  @Field({ description: 'When the figures and days were computed (alerts are live).' })
  refreshedAt: Date;
}
