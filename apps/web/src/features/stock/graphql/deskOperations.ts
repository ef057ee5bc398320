import { graphql } from '../../../gql';

/**
 * The collection-point desk: drop-offs, stock, dispatches to associations and transfers between points.
 * Labels of items and variants come in the interface language (`$lang`).
 *
 * Live lists (expected drop-offs, stock levels) are polled every few seconds with Apollo's `pollInterval`
 * rather than pushed by GraphQL subscriptions: the API has no subscriptions, and at a town-hall desk a few
 * seconds of delay is fine while polling needs no websocket through the City's proxies.
 */

/** Every collection point, with the arrondissements each serves: this point's name and the transfer destinations. */
export const DESK_POINTS_QUERY = graphql(`
  query DeskCollectionPoints {
    collectionPoints {
      id
      code
      name
      districtCode
      district {
        code
        number
      }
      servedDistricts {
        code
        number
        name
      }
    }
  }
`);

/** A drop-off as the desk shows it: who, when, and what was offered. */
export const DESK_BOOKING_FRAGMENT = graphql(`
  fragment DeskBooking on DropOffBooking {
    id
    code
    donorName
    slotStartsAt
    slotEndsAt
    status
    receivedAt
    offers {
      id
      quantity
      condition
      status
      needOrganisationName
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
    }
  }
`);

/** Today's drop-offs at a point (Paris day); FORBIDDEN unless staff of the point. */
export const EXPECTED_DROP_OFFS_QUERY = graphql(`
  query DeskExpectedDropOffs($collectionPointId: ID!, $lang: Language!) {
    expectedDropOffs(collectionPointId: $collectionPointId) {
      ...DeskBooking
    }
  }
`);

/** The drop-off a typed or scanned code stands for; BAD_USER_INPUT when booked at another point. */
export const DROP_OFF_BY_CODE_QUERY = graphql(`
  query DeskDropOffByCode($collectionPointId: ID!, $code: String!, $lang: Language!) {
    dropOffByCode(collectionPointId: $collectionPointId, code: $code) {
      ...DeskBooking
    }
  }
`);

/** Records what a drop-off brought; CONFLICT when the code has already been used. */
export const RECEIVE_DROP_OFF_MUTATION = graphql(`
  mutation DeskReceiveDropOff($input: ReceiveDropOffInput!, $lang: Language!) {
    receiveDropOff(input: $input) {
      booking {
        ...DeskBooking
      }
    }
  }
`);

/** Gifts brought without a booking go straight into the stock. */
export const RECORD_WALK_IN_GIFT_MUTATION = graphql(`
  mutation DeskRecordWalkInGift($input: WalkInGiftInput!) {
    recordWalkInGift(input: $input) {
      received
    }
  }
`);

/** A point's stock per variant beside the open needs it serves, short ones first. */
export const STOCK_LEVELS_QUERY = graphql(`
  query DeskStockLevels($collectionPointId: ID!, $lang: Language!) {
    stockLevels(collectionPointId: $collectionPointId) {
      quantity
      openNeedQuantity
      short
      item {
        id
        name(lang: $lang)
      }
      variant {
        id
        code
        label(lang: $lang)
      }
    }
  }
`);

/** Records what is on the shelf; the difference becomes an adjustment. */
export const RECORD_STOCK_COUNT_MUTATION = graphql(`
  mutation DeskRecordStockCount($input: StockCountInput!) {
    recordStockCount(input: $input) {
      level {
        quantity
        openNeedQuantity
        short
      }
    }
  }
`);

/** Takes unusable units out of the stock, with a reason. */
export const WRITE_OFF_STOCK_MUTATION = graphql(`
  mutation DeskWriteOffStock($input: WriteOffInput!) {
    writeOffStock(input: $input) {
      level {
        quantity
        openNeedQuantity
        short
      }
    }
  }
`);

/** Open needs delivered to one arrondissement, most urgent first. */
export const DESK_OPEN_NEEDS_QUERY = graphql(`
  query DeskOpenNeeds($districtCode: String!, $lang: Language!) {
    openNeeds(filter: { districtCode: $districtCode }, first: 200) {
      id
      districtCode
      quantity
      urgency
      deadline
      organisation {
        id
        name
      }
      item {
        id
        name(lang: $lang)
      }
      variant {
        id
        label(lang: $lang)
      }
      progress {
        offered
        received
        dispatched
        delivered
        remaining
        coverage
      }
    }
  }
`);

/** A dispatch as the desk lists it. */
export const DESK_DISPATCH_FRAGMENT = graphql(`
  fragment DeskDispatch on Dispatch {
    id
    needId
    organisationName
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
  }
`);

/** Sends stock to an association for a need; partial dispatches are allowed. */
export const DISPATCH_TO_NEED_MUTATION = graphql(`
  mutation DeskDispatchToNeed($input: DispatchInput!, $lang: Language!) {
    dispatchToNeed(input: $input) {
      dispatch {
        ...DeskDispatch
      }
    }
  }
`);

/** Recent dispatches from a point, newest first. */
export const POINT_DISPATCHES_QUERY = graphql(`
  query DeskPointDispatches($collectionPointId: ID!, $lang: Language!) {
    pointDispatches(collectionPointId: $collectionPointId) {
      ...DeskDispatch
    }
  }
`);

/** A transfer between two points as the desk lists it. */
export const DESK_TRANSFER_FRAGMENT = graphql(`
  fragment DeskTransfer on StockTransfer {
    id
    status
    note
    sentAt
    receivedAt
    from {
      id
      name
    }
    to {
      id
      name
    }
    lines {
      quantity
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

/** Transfers to or from a point: in transit first, then those of the last 30 days. */
export const STOCK_TRANSFERS_QUERY = graphql(`
  query DeskStockTransfers($collectionPointId: ID!, $lang: Language!) {
    stockTransfers(collectionPointId: $collectionPointId) {
      ...DeskTransfer
    }
  }
`);

/** Sends stock to another point: it leaves this point's stock at once. */
export const SEND_STOCK_TRANSFER_MUTATION = graphql(`
  mutation DeskSendStockTransfer($input: SendTransferInput!, $lang: Language!) {
    sendStockTransfer(input: $input) {
      transfer {
        ...DeskTransfer
      }
    }
  }
`);

/** Takes an incoming transfer into this point's stock; CONFLICT when already received. */
export const RECEIVE_STOCK_TRANSFER_MUTATION = graphql(`
  mutation DeskReceiveStockTransfer($input: ReceiveTransferInput!, $lang: Language!) {
    receiveStockTransfer(input: $input) {
      transfer {
        ...DeskTransfer
      }
    }
  }
`);
