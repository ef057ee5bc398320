/** How much associations need an item overall; needs carry their own urgency on top. */
export enum PriorityLevel {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

/** Who a variant is meant for. */
export enum Audience {
  WOMEN = 'WOMEN',
  MEN = 'MEN',
  CHILDREN = 'CHILDREN',
  ANYONE = 'ANYONE',
}
