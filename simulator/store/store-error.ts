/** A store that cannot be opened as asked: the message says which file and what to do. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}
