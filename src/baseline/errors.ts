import { MeasurementError } from '../errors.js';

/**
 * A baseline that could not be read or stored because git failed: a fetch
 * or push error, or a push rejected more times than the retry limit.
 * The CLI exits with status 3, like a measurement that could not be made.
 */
export class BaselineStoreError extends MeasurementError {
  override name = 'BaselineStoreError';
}
