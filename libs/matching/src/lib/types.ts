/** A quantity of one item variant waiting at a collection point. */
export interface Supply {
  id: string;
  point: string;
  item: string;
  quantity: number;
}

/** A quantity of one item variant wanted in a district; `value` is what one unit delivered is worth. */
export interface Need {
  id: string;
  district: string;
  item: string;
  quantity: number;
  value: number;
}

export interface ItemInstance {
  costPerKm: number;
  supplies: Supply[];
  needs: Need[];
  /** distanceKm[point][district]; a missing entry means the point cannot serve the district. */
  distanceKm: Record<string, Record<string, number>>;
}

export interface Allocation {
  supply: string;
  need: string;
  quantity: number;
}

export interface ItemSolution {
  allocations: Allocation[];
  objective: number;
}

export interface Host {
  id: string;
  /** How many guests the host can take; 1 when omitted. */
  capacity?: number;
}

export interface Guest {
  id: string;
}

export interface CandidatePair {
  host: string;
  guest: string;
  score: number;
}

export interface HostingInstance {
  hosts: Host[];
  guests: Guest[];
  pairs: CandidatePair[];
}

export interface Match {
  host: string;
  guest: string;
}

export interface HostingSolution {
  matches: Match[];
  objective: number;
}
