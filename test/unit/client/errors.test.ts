import { describe, expect, it } from 'vitest';
import {
  PaygateApiError,
  PaygateAuthenticationError,
  PaygateDeclinedError,
  PaygateError,
  PaygateRequestError,
  toResult,
} from '../../../client/index.js';
import { catalogue } from '../../../protocol/codes/default-catalogue.js';

function failedWith(code: string) {
  return toResult({ Status: 'FAILED', Code: code, Description: 'text of the gateway' });
}

describe('PaygateError.fromAnswer', () => {
  it('makes a declined error of a module-specific code', () => {
    const error = PaygateError.fromAnswer(failedWith('21000068'));
    expect(error).toBeInstanceOf(PaygateDeclinedError);
    expect(error).toMatchObject({
      type: 'PaygateDeclinedError',
      code: '21000068',
      status: 'FAILED',
    });
  });

  it('makes a request error naming the parameter of a validation code', () => {
    const error = PaygateError.fromAnswer(failedWith('20140003'));
    expect(error).toBeInstanceOf(PaygateRequestError);
    expect(error).toMatchObject({ category: 'too-long', parameter: 'Amount' });
  });

  it('makes an authentication error of a crypto code', () => {
    const error = PaygateError.fromAnswer(failedWith(catalogue.get('crypto.mac-mismatch').code));
    expect(error).toBeInstanceOf(PaygateAuthenticationError);
  });

  it('makes an API error of an internal or unparseable code', () => {
    expect(PaygateError.fromAnswer(failedWith('40301003'))).toBeInstanceOf(PaygateApiError);
    expect(PaygateError.fromAnswer(failedWith('oops'))).toBeInstanceOf(PaygateApiError);
  });

  it('keeps the decoded answer on the error', () => {
    const error = PaygateError.fromAnswer(failedWith('21000068'));
    expect(error.result.description).toBe('text of the gateway');
    expect(error.message).toContain('21000068');
  });
});
