import { readFileSync } from 'node:fs';

/**
 * Known-answer vectors recorded once from third-party Paygate codecs (their
 * outputs only; how they were made: the fixture's `about` and decision 010).
 */
export interface ThirdPartyVectors {
  readonly about: string;
  readonly merchantId: string;
  readonly hmacKey: string;
  /** A third-party encoder's request: what it encrypted, and the Len and Data it sent. */
  readonly requests: readonly {
    readonly id: string;
    readonly encoder: string;
    readonly encryption: 'blowfish' | 'aes';
    readonly key: string;
    readonly plaintext: string;
    /** pretix url-encodes its plaintext; its merchant is configured `urlEncoded`. */
    readonly urlEncoded: boolean;
    readonly Len: number;
    readonly Data: string;
  }[];
  /** One of our answers, byte for byte, and what each third-party decoder read from it. */
  readonly answers: readonly {
    readonly id: string;
    readonly encryption: 'blowfish' | 'aes';
    readonly key: string;
    readonly dialect: 'live' | 'nul';
    readonly iv?: string;
    readonly fields: Readonly<Record<string, string>>;
    readonly body: string;
    readonly decoded: readonly {
      readonly decoder: string;
      readonly fields: Readonly<Record<string, string | null>>;
      readonly checkHash?: boolean;
    }[];
  }[];
}

export const thirdPartyVectors = JSON.parse(
  readFileSync(new URL('../fixtures/third-party-vectors.json', import.meta.url), 'utf8'),
) as ThirdPartyVectors;
