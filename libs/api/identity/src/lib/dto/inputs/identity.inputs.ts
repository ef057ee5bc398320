import { Field, ID, InputType } from '@nestjs/graphql';

import { MembershipRole, OrganisationKind } from '../../enums/identity.enums';

@InputType()
export class SignUpInput {
  @Field()
  email: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  password: string;

  @Field({ description: 'How the person is greeted, 1 to 80 characters.' })
  displayName: string;
}

@InputType()
export class SignInInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID)
  sessionId: string;
}

@InputType()
export class VerifyEmailInput {
  @Field({ description: 'The token from the link in the verification mail.' })
  token: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the reset mail.' })
  token: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  password: string;
}

@InputType()
export class RegisterOrganisationInput {
  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field()
  name: string;

  @Field({ nullable: true, description: 'RNA number (W and 9 digits); an RNA or a SIRET is required.' })
  rna?: string;

  @Field({ nullable: true, description: 'SIRET (14 digits).' })
  siret?: string;

  @Field(() => [String], { description: 'Postal codes of the arrondissements served, at least one.' })
  districtCodes: string[];

  @Field()
  contactEmail: string;

  @Field({ nullable: true })
  contactPhone?: string;
}

@InputType()
export class UpdateOrganisationProfileInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the organisation does, up to 1,000 characters; empty to remove.',
  })
  description?: string | null;

  @Field({ description: 'Whom partners should write to.' })
  contactEmail: string;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
}

@InputType()
export class VerifyOrganisationInput {
  @Field(() => ID)
  organisationId: string;
}

@InputType()
export class RejectOrganisationInput {
  @Field(() => ID)
  organisationId: string;

  @Field({ description: 'Told to the organisation; 1 to 1000 characters.' })
  reason: string;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  organisationId: string;

  @Field()
  email: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER })
  role: MembershipRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the link in the invitation mail.' })
  token: string;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  userId: string;
}

@InputType()
export class AssignStaffInput {
  @Field(() => ID)
  collectionPointId: string;

  @Field({ description: 'Email of the account to assign; it must exist.' })
  email: string;
}

@InputType()
export class UnassignStaffInput {
  @Field(() => ID)
  collectionPointId: string;

  @Field(() => ID)
  userId: string;
}

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'The current password, to confirm.' })
  password: string;
}
