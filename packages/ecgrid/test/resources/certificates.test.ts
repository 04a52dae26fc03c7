import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });
const usage = { beginUsage: "2026-05-07T00:00:00Z", usage: "EncryptionAndSignature" } as const;

describe("certificates against Prism", () => {
  it("adds a private and a public certificate to a comm", async () => {
    const withPrivate = await ecgrid.certificates.addPrivate({
      commId: 5001,
      certType: "X509",
      keyId: "my-private-key-2026",
      userId: "edi-system",
      ...usage,
      cert: "MIIKxAIBAzCCCn4GCSqGSIb3DQEHAaCC...",
      password: "p@ssw0rd!",
    });
    expect(withPrivate).toMatchObject({ commId: 5001, withCerts: true });
    const withPublic = await ecgrid.certificates.addPublic({
      commId: 5001,
      certType: "X509",
      keyId: "partner-public-cert-2026",
      userId: "partner-edi",
      ...usage,
      partnerCommId: "PARTNER-AS2-ID",
      partnerUrl: "https://as2.tradingpartner.com/receive",
      cert: "MIIDXTCCAkWgAwIBAgIJAJC1HiIAZAiIMA0GCSqGSIb3Df...",
    });
    expect(withPublic.commId).toBe(5001);
  });

  it("creates and renews a certificate", async () => {
    const created = await ecgrid.certificates.create({
      commId: 5001,
      ...usage,
      secureHashAlgorithm: "SHA256",
      partnerAs2Id: "PARTNER-AS2-ID",
      expires: "2028-05-07T00:00:00Z",
    });
    expect(created).toMatchObject({ commId: 5001, commType: "as2" });
    const renewed = await ecgrid.certificates.renew({
      commId: 5001,
      certKeyId: 88,
      overlapDays: 30,
      years: 2,
      secureHashAlgorithm: "SHA256",
    });
    expect(renewed.identifier).toBe("MYCOMPANY-AS2");
  });

  it("terminates a certificate", async () => {
    expect(await ecgrid.certificates.terminate({ commId: 5001, certKeyId: 88 })).toBe(true);
  });
});
