import { graphql } from '../../../gql';

/** The 20 arrondissements for the home page list. */
export const DISTRICTS_QUERY = graphql(`
  query Districts {
    districts {
      code
      name
      number
      neighbours {
        code
      }
      collectionPoints {
        id
        name
        address
        openingHours
      }
    }
  }
`);

/** One arrondissement with its collection points; fails with NOT_FOUND for an unknown code. */
export const DISTRICT_QUERY = graphql(`
  query District($code: String!) {
    district(code: $code) {
      code
      insee
      number
      name
      centroid {
        lat
        lon
      }
      areaKm2
      neighbours {
        code
        name
        number
      }
      collectionPoints {
        id
        code
        name
        address
        openingHours
        openingSlots {
          weekday
          opensAt
          closesAt
        }
      }
    }
  }
`);
