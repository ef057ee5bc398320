import { graphql } from '../../../gql';

/** Organisations waiting for a decision, oldest first (coordinators). */
export const ORGANISATION_QUEUE_QUERY = graphql(`
  query OrganisationQueue {
    organisationQueue(status: PENDING) {
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
`);

/** Marks a pending organisation verified; CONFLICT when already decided. */
export const VERIFY_ORGANISATION_MUTATION = graphql(`
  mutation VerifyOrganisation($input: VerifyOrganisationInput!) {
    verifyOrganisation(input: $input) {
      organisation {
        id
        status
      }
    }
  }
`);

/** Rejects a pending organisation with a reason told to it; CONFLICT when already decided. */
export const REJECT_ORGANISATION_MUTATION = graphql(`
  mutation RejectOrganisation($input: RejectOrganisationInput!) {
    rejectOrganisation(input: $input) {
      organisation {
        id
        status
        rejectionReason
      }
    }
  }
`);

/** Sensitive actions, newest first, a page at a time (coordinators). */
export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($first: Int!, $after: String) {
    auditLog(first: $first, after: $after) {
      entries {
        id
        actorEmail
        action
        targetType
        targetId
        details
        createdAt
      }
      endCursor
      hasNextPage
    }
  }
`);

/** Every collection point, to choose the one whose staff to manage. */
export const STAFF_COLLECTION_POINTS_QUERY = graphql(`
  query StaffCollectionPoints {
    collectionPoints {
      id
      code
      name
      district {
        code
        number
      }
    }
  }
`);

/** The people assigned to a collection point (coordinators). */
export const COLLECTION_POINT_STAFF_QUERY = graphql(`
  query CollectionPointStaff($collectionPointId: ID!) {
    collectionPointStaff(collectionPointId: $collectionPointId) {
      userId
      displayName
      email
    }
  }
`);

/** Assigns the account with this email to a point; NOT_FOUND when no account uses it. */
export const ASSIGN_STAFF_MUTATION = graphql(`
  mutation AssignStaff($input: AssignStaffInput!) {
    assignStaff(input: $input) {
      staff {
        userId
        displayName
        email
      }
    }
  }
`);

/** Removes a person from a point's staff. */
export const UNASSIGN_STAFF_MUTATION = graphql(`
  mutation UnassignStaff($input: UnassignStaffInput!) {
    unassignStaff(input: $input) {
      staff {
        userId
        displayName
        email
      }
    }
  }
`);
