// The fixture a sandbox starts from: networks, mailboxes, ECGrid IDs (ISA qualifier + ID) and
// trading partners, plus the API keys that act for a mailbox. `--seed file.json` replaces it.

export interface SeedNetwork {
  networkId: number;
  name: string;
}

export interface SeedMailbox {
  mailboxId: number;
  networkId: number;
  name: string;
}

export interface SeedEcgridId {
  ecGridId: number;
  mailboxId: number;
  /** ISA05/ISA07 qualifier, e.g. "ZZ" or "01". */
  qualifier: string;
  /** ISA06/ISA08 interchange ID (without the padding). */
  id: string;
  description?: string;
  /** Spec `StatusECGridID`; default "Active". "Suspended" or "Terminated": parcels to it fail on delivery
   * (`outboxFailed`, `OutBoxError` to the sender, `InBoxError` to its mailbox). */
  status?: string;
}

export interface SeedPartner {
  /** Our ECGrid ID and the partner's: an interconnect between the two. */
  ecGridIdFrom: number;
  ecGridIdTo: number;
}

export interface SeedUser {
  /** Sent as `X-API-Key`. */
  apiKey: string;
  /** Login name and password for `auth/login` (not served yet). */
  login?: string;
  password?: string;
  /** The mailbox this user acts for: the default of upload and the lists, and the only one it may read. */
  mailboxId: number;
}

export interface SeedAs2Station {
  as2Identifier: string;
  name: string;
  email: string;
}

export interface SeedAs2Partner {
  as2Identifier: string;
  name: string;
  uri: string;
  messageSubject?: string;
  partnerType?: "Production" | "Test";
  /** Its endpoint is unreachable: every send attempt fails (failure log), then the entry stops. */
  down?: boolean;
}

/** The AS2 Gateway account: `POST /v1/authorize` credentials, its stations and partners. */
export interface SeedAs2 {
  username: string;
  password: string;
  stations: SeedAs2Station[];
  /** A partner whose AS2 ID is one of the stations' delivers to that station's `received`. */
  partners: SeedAs2Partner[];
}

export interface Seed {
  networks: SeedNetwork[];
  mailboxes: SeedMailbox[];
  ecgridIds: SeedEcgridId[];
  partners: SeedPartner[];
  users: SeedUser[];
  /** The AS2 Gateway side; DEFAULT_AS2_SEED when absent. */
  as2?: SeedAs2;
}

/** One AS2 Gateway account with two stations and three partners, one of them down. */
export const DEFAULT_AS2_SEED: SeedAs2 = {
  username: "edi-ops@acme-corp.example",
  password: "as2-sandbox",
  stations: [
    { as2Identifier: "ACME_EDI_PROD", name: "ACME Production", email: "edi-ops@acme-corp.example" },
    { as2Identifier: "ACME_EDI_TEST", name: "ACME Test", email: "edi-ops@acme-corp.example" },
  ],
  partners: [
    {
      as2Identifier: "GLOBEX_AS2",
      name: "Globex Retail",
      uri: "https://as2.globex.example/as2/receive",
      messageSubject: "ACME EDI",
    },
    {
      as2Identifier: "INITECH_AS2",
      name: "Initech (down)",
      uri: "https://as2.initech.example/as2",
      down: true,
    },
    { as2Identifier: "ACME_EDI_TEST", name: "ACME Test (own station)", uri: "https://as2.acme.example/as2" },
  ],
};

/** Two companies on one network, each with a mailbox, an ECGrid ID and an API key. */
export const DEFAULT_SEED: Seed = {
  networks: [{ networkId: 42, name: "Sandbox VAN" }],
  mailboxes: [
    { mailboxId: 1001, networkId: 42, name: "ACME Corp" },
    { mailboxId: 1002, networkId: 42, name: "Globex Inc" },
  ],
  ecgridIds: [
    { ecGridId: 112233, mailboxId: 1001, qualifier: "ZZ", id: "ACME", description: "ACME production" },
    { ecGridId: 445566, mailboxId: 1002, qualifier: "ZZ", id: "GLOBEX", description: "Globex production" },
    {
      ecGridId: 445599,
      mailboxId: 1002,
      qualifier: "ZZ",
      id: "GLOBEXOLD",
      description: "Globex retired ID: parcels to it fail on delivery",
      status: "Suspended",
    },
  ],
  partners: [
    { ecGridIdFrom: 112233, ecGridIdTo: 445566 },
    { ecGridIdFrom: 445566, ecGridIdTo: 112233 },
  ],
  users: [
    { apiKey: "sandbox-acme-key", login: "acme", password: "acme-sandbox", mailboxId: 1001 },
    { apiKey: "sandbox-globex-key", login: "globex", password: "globex-sandbox", mailboxId: 1002 },
  ],
};

/** Checks the shape of a seed read from a file; throws naming the first problem. */
export function checkSeed(value: unknown, source = "seed"): Seed {
  const fail = (what: string): never => {
    throw new Error(`${source}: ${what}`);
  };
  if (typeof value !== "object" || value === null) fail("not a JSON object");
  const seed = value as Record<string, unknown>;
  for (const key of ["networks", "mailboxes", "ecgridIds", "partners", "users"]) {
    if (!Array.isArray(seed[key])) fail(`"${key}" must be an array`);
  }
  const s = seed as unknown as Seed;
  const mailboxes = new Set(s.mailboxes.map((m) => m.mailboxId));
  for (const id of s.ecgridIds) {
    if (!mailboxes.has(id.mailboxId)) fail(`ECGrid ID ${id.ecGridId} names unknown mailbox ${id.mailboxId}`);
  }
  for (const user of s.users) {
    if (typeof user.apiKey !== "string" || user.apiKey === "") fail("every user needs an apiKey");
    if (!mailboxes.has(user.mailboxId)) fail(`a user names unknown mailbox ${user.mailboxId}`);
  }
  if (s.as2 !== undefined) {
    const as2 = s.as2 as Partial<SeedAs2>;
    if (typeof as2.username !== "string" || typeof as2.password !== "string")
      fail('"as2" needs a username and a password');
    if (!Array.isArray(as2.stations) || !Array.isArray(as2.partners))
      fail('"as2.stations" and "as2.partners" must be arrays');
  }
  return s;
}
