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
