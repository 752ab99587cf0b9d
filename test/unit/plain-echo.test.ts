import { describe, expect, it } from 'vitest';
import { plainEcho } from '../../simulator/encode/plain-echo.js';

describe('plainEcho', () => {
  it('hands Plain back as one pair and Custom as one pair per item', () => {
    expect(plainEcho({ Custom: 'session=123|id=456', Plain: 'shop-7' }, {})).toBe(
      '&Plain=shop-7&session=123&id=456',
    );
  });

  it('reads the plain form first, then the fields inside Data, names in any case', () => {
    expect(plainEcho({ plain: 'outside' }, { Plain: 'inside', custom: 'a=1' })).toBe(
      '&Plain=outside&a=1',
    );
    expect(plainEcho({}, undefined)).toBe('');
  });

  it('drops items without a name or posing as answer fields, and cleans & and line breaks', () => {
    expect(plainEcho({ Custom: 'status=OK|Data=00|=x|noequals|note=a&b\r\nc' }, {})).toBe(
      '&note=a b  c',
    );
  });

  it('drops names a url-decoding parser could read as answer fields', () => {
    expect(plainEcho({ Custom: 'St%61tus=OK|C%64de=00000000|Status =OK|basket_id=7' }, {})).toBe(
      '&basket_id=7',
    );
  });
});
