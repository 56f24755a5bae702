/**
 * Compile-time checks of the error-code types (`npm run typecheck` fails when
 * they stop holding): an operation's codes are the API's codes, narrowed.
 */
import type { ErrorCode, OperationErrorCode } from './index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

type AddItemCode = OperationErrorCode<'cart.addItem'>;
export type Checks = [
  Assert<
    Equal<
      Extract<AddItemCode, 'INSUFFICIENT_STOCK' | 'PRODUCT_UNAVAILABLE'>,
      'INSUFFICIENT_STOCK' | 'PRODUCT_UNAVAILABLE'
    >
  >,
  Assert<Equal<Extract<AddItemCode, 'INVALID_CREDENTIALS'>, never>>,
  Assert<AddItemCode extends ErrorCode ? true : false>,
  Assert<string extends ErrorCode ? false : true>,
];
