import { graphql } from '../../../gql';

/** Registers an organisation, pending verification; the signed-in person becomes its admin. */
export const REGISTER_ORGANISATION_MUTATION = graphql(`
  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {
    registerOrganisation(input: $input) {
      organisation {
        id
        name
        kind
        status
        rejectionReason
        rna
        siret
        districtCodes
        contactEmail
        contactPhone
        createdAt
      }
    }
  }
`);

/** The members of an organisation; FORBIDDEN unless a member or a coordinator. */
export const ORGANISATION_MEMBERS_QUERY = graphql(`
  query OrganisationMembers($organisationId: ID!) {
    organisationMembers(organisationId: $organisationId) {
      userId
      displayName
      email
      role
    }
  }
`);

/** Admins invite someone by email (a link is mailed); CONFLICT when already a member. */
export const INVITE_MEMBER_MUTATION = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
        id
        email
        role
        expiresAt
      }
    }
  }
`);

/** Joins the organisation of an invitation; FORBIDDEN for another address, BAD_USER_INPUT when used or expired. */
export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      membership {
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** Admins remove a member; CONFLICT when it would leave the organisation without an admin. */
export const REMOVE_MEMBER_MUTATION = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      userId
    }
  }
`);
