import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });
const userId = 1042;

describe("users against Prism", () => {
  it("reads the current user, a user by ID and users by login", async () => {
    expect(await ecgrid.users.me()).toMatchObject({ userId, login: "jsmith" });
    expect((await ecgrid.users.get(userId)).userId).toBe(userId);
    const byName = await ecgrid.users.getByName({ login: "jsmith" });
    expect(byName.map((u) => u.login)).toEqual(["jsmith"]);
  });

  it("creates, updates and terminates a user", async () => {
    const created = await ecgrid.users.create({
      login: "jsmith",
      password: "Passw0rd!",
      email: "jsmith@example.com",
      firstName: "John",
      lastName: "Smith",
      networkId: 1,
      mailboxId: 101,
      authLevel: "MailboxAdmin",
    });
    expect(created).toMatchObject({ userId, authLevel: "MailboxAdmin" });
    const updated = await ecgrid.users.update({
      userId,
      email: "john.smith@example.com",
      firstName: "John",
      lastName: "Smith",
    });
    expect(updated.email).toBe("john.smith@example.com");
    expect(await ecgrid.users.terminate(userId)).toBe(true);
  });

  it("lists one page (a plain array) and iterates every user by iterating the list", async () => {
    const filters = { networkId: 1, mailboxId: 101, authLevel: "MailboxUser", status: "Active" } as const;
    const page = await ecgrid.users.list({ ...filters, pageNo: 1, recordsPerPage: 25 });
    expect(page[0]?.userId).toBe(userId);
    const ids: number[] = [];
    for await (const user of ecgrid.users.list(filters)) ids.push(user.userId);
    expect(ids).toEqual(page.map((u) => u.userId));
    expect(ids).toHaveLength(2);
  });

  it("generates a password and API keys", async () => {
    expect(await ecgrid.users.generatePassword({ length: 16 })).toBe("Xk7#mQpL2rNv!dYw");
    expect(await ecgrid.users.generateApiKey(userId)).toBe("f9e8d7c6-b5a4-3210-fedc-ba9876543210");
    expect(await ecgrid.users.getApiKey(userId)).toBe("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
  });

  it("updates the password, resets sessions and sends an SMS", async () => {
    expect(await ecgrid.users.updatePassword({ userId, newPassword: "NewPassw0rd!" })).toBe(true);
    expect(await ecgrid.users.resetSessions(userId)).toBe(true);
    expect(await ecgrid.users.sendSms({ userId, message: "Your ECGrid parcel download is ready." })).toBe(
      true,
    );
  });

  it("sets the role, the network/mailbox and the config", async () => {
    const role = await ecgrid.users.setRole({ userId, authLevel: "NetworkAdmin", networkId: 1 });
    expect(role.authLevel).toBe("NetworkAdmin");
    const moved = await ecgrid.users.setNetworkMailbox({ userId, networkId: 2, mailboxId: 205 });
    expect(moved).toMatchObject({ networkId: 2, mailboxId: 205 });
    expect(await ecgrid.users.updateConfig({ userId })).toBe(true);
  });
});
