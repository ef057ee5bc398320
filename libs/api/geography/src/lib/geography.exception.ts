import { NotFoundException } from '@entraide/api-core';

export class UnknownDistrictException extends NotFoundException {
  constructor(code: string) {
    super(`Unknown district "${code}": expected the postal code of a Paris arrondissement, 75001 to 75020.`);
  }
}
