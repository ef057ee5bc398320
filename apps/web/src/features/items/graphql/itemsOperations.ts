import { graphql } from '../../../gql';

/** What the pages show of a need: the item, who asks, where, how urgently, and its live progress. */
export const NEED_FIELDS_FRAGMENT = graphql(`
  fragment NeedFields on Need {
    id
    quantity
    urgency
    deadline
    districtCode
    status
    note
    createdAt
    item {
      id
      code
      name(lang: $lang)
    }
    variant {
      id
      code
      label(lang: $lang)
    }
    organisation {
      id
      name
    }
    progress {
      coverage
      offered
      received
      dispatched
      delivered
      remaining
    }
  }
`);

/** Open needs of verified associations, most urgent first (public). */
export const OPEN_NEEDS_QUERY = graphql(`
  query OpenNeeds($filter: NeedFilterInput, $first: Int!, $lang: Language!) {
    openNeeds(filter: $filter, first: $first) {
      ...NeedFields
    }
  }
`);

/** One need and its live progress (public); NOT_FOUND for an unknown id. */
export const NEED_QUERY = graphql(`
  query Need($id: ID!, $lang: Language!) {
    need(id: $id) {
      ...NeedFields
    }
  }
`);

/** An organisation's needs, open first; FORBIDDEN unless a member. */
export const ORGANISATION_NEEDS_QUERY = graphql(`
  query OrganisationNeeds($organisationId: ID!, $lang: Language!) {
    organisationNeeds(organisationId: $organisationId) {
      ...NeedFields
    }
  }
`);

/** Dispatches to an organisation, unconfirmed first; FORBIDDEN unless a member. */
export const ORGANISATION_DISPATCHES_QUERY = graphql(`
  query OrganisationDispatches($organisationId: ID!, $lang: Language!) {
    organisationDispatches(organisationId: $organisationId) {
      id
      needId
      quantity
      status
      dispatchedAt
      deliveredAt
      item {
        id
        name(lang: $lang)
      }
      variant {
        id
        label(lang: $lang)
      }
      collectionPoint {
        id
        name
      }
    }
  }
`);

/** Members of a verified association post a need; FORBIDDEN while the organisation is not verified. */
export const POST_NEED_MUTATION = graphql(`
  mutation PostNeed($input: PostNeedInput!, $lang: Language!) {
    postNeed(input: $input) {
      need {
        ...NeedFields
      }
    }
  }
`);

/** Changes a need's quantity, urgency, deadline or note; an empty deadline or note removes it. */
export const UPDATE_NEED_MUTATION = graphql(`
  mutation UpdateNeed($input: UpdateNeedInput!, $lang: Language!) {
    updateNeed(input: $input) {
      need {
        ...NeedFields
      }
    }
  }
`);

/** Closes a need: it leaves the public list. */
export const CLOSE_NEED_MUTATION = graphql(`
  mutation CloseNeed($input: NeedIdInput!, $lang: Language!) {
    closeNeed(input: $input) {
      need {
        ...NeedFields
      }
    }
  }
`);

/** Members of the association confirm a dispatch arrived. */
export const CONFIRM_DELIVERY_MUTATION = graphql(`
  mutation ConfirmDelivery($input: DispatchIdInput!) {
    confirmDelivery(input: $input) {
      dispatch {
        id
        status
        deliveredAt
      }
    }
  }
`);

/** What the gifts page shows of an offer, with what became of it step by step. */
export const OFFER_FIELDS_FRAGMENT = graphql(`
  fragment OfferFields on Offer {
    id
    quantity
    condition
    status
    createdAt
    needId
    needOrganisationName
    bookingId
    receivedQuantity
    refusedQuantity
    refusalReason
    item {
      id
      name(lang: $lang)
    }
    variant {
      id
      label(lang: $lang)
    }
    trace {
      kind
      at
      quantity
      collectionPointName
      organisationName
      reason
    }
  }
`);

/** Offers items, for a need (its variant is implied) or in general (a variant is required). */
export const MAKE_OFFER_MUTATION = graphql(`
  mutation MakeOffer($input: MakeOfferInput!, $lang: Language!) {
    makeOffer(input: $input) {
      offer {
        ...OfferFields
      }
    }
  }
`);

/** Withdraws an offer not received yet (a booking left without offers is cancelled). */
export const WITHDRAW_OFFER_MUTATION = graphql(`
  mutation WithdrawOffer($input: OfferIdInput!, $lang: Language!) {
    withdrawOffer(input: $input) {
      offer {
        ...OfferFields
      }
    }
  }
`);

/** The signed-in person's offers, newest first. */
export const MY_OFFERS_QUERY = graphql(`
  query MyOffers($lang: Language!) {
    myOffers {
      ...OfferFields
    }
  }
`);

/** What the gifts page shows of a drop-off booking. */
export const DROP_OFF_FIELDS_FRAGMENT = graphql(`
  fragment DropOffFields on DropOffBooking {
    id
    code
    status
    slotStartsAt
    slotEndsAt
    receivedAt
    collectionPoint {
      id
      name
      address
    }
    offers {
      id
      quantity
      bookingId
      item {
        id
        name(lang: $lang)
      }
      variant {
        id
        label(lang: $lang)
      }
    }
  }
`);

/** The signed-in person's drop-offs, upcoming first. */
export const MY_DROP_OFFS_QUERY = graphql(`
  query MyDropOffs($lang: Language!) {
    myDropOffs {
      ...DropOffFields
    }
  }
`);

/** Collection points, all or those serving one arrondissement. */
export const DROP_OFF_POINTS_QUERY = graphql(`
  query DropOffPoints($districtCode: String) {
    collectionPoints(districtCode: $districtCode) {
      id
      name
      address
      districtCode
    }
  }
`);

/** A point's drop-off slots from now on, for `days` days (public). */
export const DROP_OFF_SLOTS_QUERY = graphql(`
  query DropOffSlots($collectionPointId: ID!, $days: Int!) {
    dropOffSlots(collectionPointId: $collectionPointId, days: $days) {
      startsAt
      endsAt
      capacity
      booked
      available
    }
  }
`);

/** Books a slot for some unbooked offers; CONFLICT when the slot is full. */
export const BOOK_DROP_OFF_MUTATION = graphql(`
  mutation BookDropOff($input: BookDropOffInput!, $lang: Language!) {
    bookDropOff(input: $input) {
      booking {
        ...DropOffFields
      }
    }
  }
`);

/** Moves a booked drop-off to another slot (of the same point unless another is given). */
export const RESCHEDULE_DROP_OFF_MUTATION = graphql(`
  mutation RescheduleDropOff($input: RescheduleDropOffInput!, $lang: Language!) {
    rescheduleDropOff(input: $input) {
      booking {
        ...DropOffFields
      }
    }
  }
`);

/** Cancels a booked drop-off: its offers are to book again. */
export const CANCEL_DROP_OFF_MUTATION = graphql(`
  mutation CancelDropOff($input: BookingIdInput!, $lang: Language!) {
    cancelDropOff(input: $input) {
      booking {
        ...DropOffFields
      }
    }
  }
`);
