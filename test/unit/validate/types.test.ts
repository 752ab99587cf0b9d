import { describe, expectTypeOf, it } from 'vitest';
import type {
  BcRequest,
  DcRequest,
  OcRequest,
  UpGuRequest,
  UpRequest,
  UpRgRequest,
  UpZaRequest,
} from '../../../protocol/schema/types.js';

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

describe('request types derived from the tables', () => {
  it('pins EventToken and RequestReason to the call', () => {
    expectTypeOf<BcRequest['EventToken']>().toEqualTypeOf<'BC'>();
    expectTypeOf<DcRequest['EventToken']>().toEqualTypeOf<'DC'>();
    expectTypeOf<BcRequest['RequestReason']>().toEqualTypeOf<'ZG' | 'ZL' | 'VK' | 'VL'>();
    expectTypeOf<UpRgRequest['RequestReason']>().toEqualTypeOf<'RG'>();
    expectTypeOf<OcRequest>().not.toHaveProperty('RequestReason');
  });

  it('makes M fields required and O fields optional', () => {
    expectTypeOf<'MerchantID' | 'PayID' | 'MAC'>().toExtend<RequiredKeys<OcRequest>>();
    expectTypeOf<'ReqId'>().not.toExtend<RequiredKeys<OcRequest>>();
    expectTypeOf<'AddrDistrict' | 'CustomerID'>().toExtend<RequiredKeys<BcRequest>>();
    expectTypeOf<'Email'>().not.toExtend<RequiredKeys<BcRequest>>();
  });

  it('gives the debtor block to RG only', () => {
    expectTypeOf<'DebitorID' | 'FirstName'>().toExtend<RequiredKeys<UpRgRequest>>();
    expectTypeOf<UpZaRequest>().not.toHaveProperty('DebitorID');
    expectTypeOf<UpGuRequest>().not.toHaveProperty('sdFirstName');
  });

  it('gives the invoice block to RG and GU, DueDate to RG only', () => {
    expectTypeOf<'InvoiceDate' | 'NetAmount' | 'InvoiceText'>().toExtend<
      RequiredKeys<UpGuRequest>
    >();
    expectTypeOf<UpZaRequest>().not.toHaveProperty('InvoiceDate');
    expectTypeOf<UpGuRequest>().not.toHaveProperty('DueDate');
    expectTypeOf<UpRgRequest>().toHaveProperty('DueDate');
  });

  it('types hard lists as unions and soft lists as suggestions', () => {
    expectTypeOf<'AUTO' | 'MANUAL'>().toExtend<NonNullable<UpRgRequest['Capture']>>();
    expectTypeOf<'48'>().toExtend<NonNullable<UpRgRequest['Capture']>>();
    expectTypeOf<'PP'>().toExtend<NonNullable<UpZaRequest['PayType']>>();
    expectTypeOf<'XX'>().not.toExtend<NonNullable<UpZaRequest['PayType']>>();
    expectTypeOf<'Dr.'>().toExtend<NonNullable<BcRequest['Salutation']>>();
  });

  it('expresses InvoiceText-or-OrderDesc and TaxCode-with-ArticleList for RG', () => {
    type Rest = Omit<UpRgRequest, 'InvoiceText' | 'OrderDesc' | 'ArticleList' | 'TaxCode'>;
    expectTypeOf<Rest & { InvoiceText: string }>().toExtend<UpRgRequest>();
    expectTypeOf<Rest & { OrderDesc: string }>().toExtend<UpRgRequest>();
    expectTypeOf<Rest>().not.toExtend<UpRgRequest>();
    expectTypeOf<Rest & { InvoiceText: string; ArticleList: string }>().not.toExtend<UpRgRequest>();
    expectTypeOf<
      Rest & { InvoiceText: string; ArticleList: string; TaxCode: string }
    >().toExtend<UpRgRequest>();
  });

  it('discriminates UpRequest by RequestReason', () => {
    expectTypeOf<Extract<UpRequest, { RequestReason: 'ZA' }>>().toEqualTypeOf<UpZaRequest>();
  });
});
