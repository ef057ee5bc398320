import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { MembershipRole, OrganisationKind, OrganisationStatus } from '../enums/identity.enums';

@ObjectType('Organisation', { description: 'An association, sponsor, housing operator or public body.' })
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field()
  name: string;

  @Field({ nullable: true, description: 'RNA number: W and 9 digits.' })
  rna?: string;

  @Field({ nullable: true, description: 'SIRET: 14 digits.' })
  siret?: string;

  @Field()
  contactEmail: string;

  @Field({ nullable: true })
  contactPhone?: string;

  @Field(() => [String], { description: 'Postal codes of the arrondissements it serves.' })
  districtCodes: string[];

  @Field({ nullable: true, description: 'What it does, in its own words (shown in the partner directory).' })
  description?: string;

  @Field(() => OrganisationStatus)
  status: OrganisationStatus;

  @Field({ nullable: true, description: 'Why a coordinator rejected the registration.' })
  rejectionReason?: string;

  @Field()
  createdAt: Date;

  @Field({ nullable: true })
  decidedAt?: Date;
}

@ObjectType('PartnerDirectoryEntry', {
  description: 'A verified partner organisation, as the extranet lists it.',
})
export class PartnerDirectoryEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field()
  name: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => [String])
  districtCodes: string[];

  @Field({ description: 'Whom to contact.' })
  contactEmail: string;

  @Field({ nullable: true })
  contactPhone?: string;
}

@ObjectType('Membership', { description: "A person's place in an organisation." })
export class MembershipModel {
  @Field(() => OrganisationModel)
  organisation: OrganisationModel;

  @Field(() => MembershipRole)
  role: MembershipRole;
}

@ObjectType('AuditEntry', { description: 'A sensitive action, as recorded.' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true, description: 'Who did it; null for the system or a deleted account.' })
  actorEmail?: string;

  @Field()
  action: string;

  @Field()
  targetType: string;

  @Field()
  targetId: string;

  @Field({ description: 'Facts about the action, as a JSON object.' })
  details: string;

  @Field()
  createdAt: Date;
}

@ObjectType('AuditLogPage')
export class AuditLogPageModel {
  @Field(() => [AuditEntryModel])
  entries: AuditEntryModel[];

  @Field({ nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor?: string;

  @Field()
  hasNextPage: boolean;

  @Field(() => Int)
  pageSize: number;
}

@ObjectType('RegisterOrganisationPayload')
export class RegisterOrganisationPayload {
  @Field(() => OrganisationModel)
  organisation: OrganisationModel;
}

@ObjectType('DecideOrganisationPayload')
export class DecideOrganisationPayload {
  @Field(() => OrganisationModel)
  organisation: OrganisationModel;
}

@ObjectType('Invitation', { description: 'An invitation to join an organisation, sent by mail.' })
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field()
  expiresAt: Date;
}

@ObjectType('OrganisationMember')
export class OrganisationMemberModel {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => MembershipRole)
  role: MembershipRole;
}

@ObjectType('StaffMember', { description: 'A person assigned to a collection point.' })
export class StaffMemberModel {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field()
  email: string;
}

@ObjectType('InviteMemberPayload')
export class InviteMemberPayload {
  @Field(() => InvitationModel)
  invitation: InvitationModel;
}

@ObjectType('AcceptInvitationPayload')
export class AcceptInvitationPayload {
  @Field(() => MembershipModel)
  membership: MembershipModel;
}

@ObjectType('RemoveMemberPayload')
export class RemoveMemberPayload {
  @Field(() => ID)
  userId: string;
}

@ObjectType('AssignStaffPayload')
export class AssignStaffPayload {
  @Field(() => [StaffMemberModel], { description: 'The staff of the collection point after the change.' })
  staff: StaffMemberModel[];
}
