import { graphql } from '../../../gql';

/** The priority items, most needed first, labelled in the given language. */
export const CATALOGUE_QUERY = graphql(`
  query Catalogue($lang: Language!) {
    catalogue {
      id
      code
      name(lang: $lang)
      priority
      variants {
        id
        code
        label(lang: $lang)
        audience
      }
    }
  }
`);
