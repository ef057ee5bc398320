import { registerEnumType } from '@nestjs/graphql';

/** What a person may do on the platform; one account can hold several. */
export enum Role {
  CITIZEN = 'CITIZEN',
  ASSOCIATION = 'ASSOCIATION',
  COLLECTION_STAFF = 'COLLECTION_STAFF',
  SPONSOR = 'SPONSOR',
  COORDINATOR = 'COORDINATOR',
}

export enum OrganisationKind {
  ASSOCIATION = 'ASSOCIATION',
  SPONSOR = 'SPONSOR',
  /** Approved operator of the "Louez solidaire" rental scheme. */
  HOUSING_OPERATOR = 'HOUSING_OPERATOR',
  PUBLIC_BODY = 'PUBLIC_BODY',
}

export enum OrganisationStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

export enum MembershipRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

registerEnumType(Role, { name: 'Role' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  description: 'Only verified organisations may publish needs, missions, hosting requests or initiatives.',
});
registerEnumType(MembershipRole, { name: 'MembershipRole' });
