import * as z from 'zod';

/**
 * Blowfish mixes up to 72 key bytes into its P-array (18 words); OpenSSL and
 * the PHP clients use all 72, so live keys may be that long. Paygate pads an
 * empty one to a space, so short ones pass.
 */
const blowfishKey = z
  .string()
  .refine((key) => Buffer.byteLength(key) <= 72, 'a Blowfish key has at most 72 bytes');

const aesKey = z
  .string()
  .refine(
    (key) => [16, 24, 32].includes(Buffer.byteLength(key)),
    'an AES key has 16, 24 or 32 bytes (AES-128/192/256)',
  );

/**
 * One merchant the simulator knows. `encryption` picks the cipher of the
 * merchant's answers when a request does not show it; a merchant holding both
 * keys accepts requests in either cipher.
 */
export const merchantSchema = z
  .strictObject({
    merchantId: z.string().min(1).max(30),
    hmacKey: z.string().min(1),
    encryption: z.enum(['blowfish', 'aes']).default('blowfish'),
    blowfishKey: blowfishKey.optional(),
    aesKey: aesKey.optional(),
    /**
     * The merchant's client url-encodes the plaintext's keys and values (one
     * known client does; paygate-protocol.md): decode them before reading.
     */
    urlEncoded: z.boolean().optional(),
    /**
     * How answers are padded (Blowfish): `pkcs7` as live (default), or `nul`
     * for a decoder that strips NULs only (decision 010; ours, not live's).
     */
    answerPadding: z.enum(['pkcs7', 'nul']).optional(),
    /** `false`: server-to-server answers carry no MAC, as some live merchant setups (decision 010). */
    answerMac: z.boolean().optional(),
    /**
     * Ours: credit.aspx may refund more than was captured (live allows it
     * per merchant contract); by default a credit stops at the captured amount.
     */
    creditBeyondCapture: z.boolean().optional(),
    /** The credit limit of this merchant's debtors in cents, over the simulator's default. */
    creditLimit: z.number().int().min(0).optional(),
  })
  .superRefine((m, context) => {
    // The issue names the missing key, so env errors can say PAYGATE_AES_KEY.
    const needed = m.encryption === 'aes' ? 'aesKey' : 'blowfishKey';
    if (m[needed] === undefined) {
      context.addIssue({
        code: 'custom',
        path: [needed],
        message: `required for encryption '${m.encryption}'`,
      });
    }
  });

export type MerchantConfig = z.output<typeof merchantSchema>;
export type MerchantInput = z.input<typeof merchantSchema>;

/** Either a bare list or `{ merchants: [...] }`, the shape YAML users tend to write. */
export const merchantListSchema = z.preprocess(
  (data) =>
    data !== null && typeof data === 'object' && !Array.isArray(data) && 'merchants' in data
      ? data.merchants
      : data,
  z.array(merchantSchema),
);
