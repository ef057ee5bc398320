/** Thrown when an instance does not have the documented shape; the message names the offending field. */
export class InvalidInstanceError extends Error {
  override readonly name = 'InvalidInstanceError';

  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, InvalidInstanceError.prototype);
  }
}
