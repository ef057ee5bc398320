import { graphql } from '../../../gql';

/** How many announcements the announcements page lists (the API allows 1 to 50). */
export const ANNOUNCEMENTS_PAGE_SIZE = 20;

/** The verified partners, filtered by arrondissement, kind and a search in their name or description. */
export const PARTNER_DIRECTORY_QUERY = graphql(`
  query PartnerDirectory($districtCode: String, $kind: OrganisationKind, $search: String) {
    partnerDirectory(districtCode: $districtCode, kind: $kind, search: $search) {
      id
      name
      kind
      description
      districtCodes
      contactEmail
      contactPhone
    }
  }
`);

export const ANNOUNCEMENT_FIELDS_FRAGMENT = graphql(`
  fragment AnnouncementFields on Announcement {
    id
    title
    body
    districtCode
    authorName
    recipients
    createdAt
  }
`);

/** The coordinators' announcements the signed-in partner (or coordinator) may read, newest first. */
export const ANNOUNCEMENTS_QUERY = graphql(`
  query Announcements($first: Int!) {
    announcements(first: $first) {
      ...AnnouncementFields
    }
  }
`);

/** Coordinators write to every partner, or to those serving one arrondissement. */
export const PUBLISH_ANNOUNCEMENT_MUTATION = graphql(`
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      announcement {
        ...AnnouncementFields
      }
    }
  }
`);

/**
 * The signed-in person with their organisations' descriptions (which the header's viewer query leaves out).
 * The whole viewer is asked for: the cache replaces the memberships list as a whole.
 */
export const ORGANISATION_PROFILES_QUERY = graphql(`
  query OrganisationProfiles {
    viewer {
      ...ViewerFields
      memberships {
        organisation {
          id
          description
        }
      }
    }
  }
`);

/** Admins say what their organisation does and whom to contact, as the directory shows it. */
export const UPDATE_ORGANISATION_PROFILE_MUTATION = graphql(`
  mutation UpdateOrganisationProfile($input: UpdateOrganisationProfileInput!) {
    updateOrganisationProfile(input: $input) {
      id
      description
      contactEmail
      contactPhone
    }
  }
`);
