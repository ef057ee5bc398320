import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('GeoPoint', { description: 'WGS84 coordinates.' })
export class GeoPointModel {
  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lon: number;
}

@ObjectType('District', { description: 'One of the 20 arrondissements of Paris.' })
export class DistrictModel {
  @Field({ description: 'Postal code, 75001 to 75020.' })
  code: string;

  @Field({ description: 'INSEE code, 75101 to 75120.' })
  insee: string;

  @Field(() => Int)
  number: number;

  @Field({ description: 'Official name, e.g. "Buttes-Montmartre".' })
  name: string;

  @Field(() => GeoPointModel, { description: 'Area-weighted centroid.' })
  centroid: GeoPointModel;

  @Field(() => Float)
  areaKm2: number;
}
