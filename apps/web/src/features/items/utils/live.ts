/**
 * How often the items pages ask the API again. Coverage, stock and traces move as citizens offer and staff
 * receive and dispatch: we chose polling every 5 s over GraphQL subscriptions (no websocket server to run
 * behind the proxy, nothing to reconnect), and figures at most 5 s old are live enough for this.
 */
export const LIVE_POLL_INTERVAL_MS = 5000;
