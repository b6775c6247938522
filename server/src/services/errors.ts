/** A request argument is wrong: the API answers BAD_USER_INPUT naming `argument`. */
export class BadInputError extends Error {
  override readonly name = 'BadInputError';
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

/** A value from the request as a message quotes it: JSON, cut at 80 characters. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
