// NOTES R7: a key the spec knows only under another spelling (`networkID` for `networkId`) passes
// validation (payload fields are optional, objects open) but is drift; doctor finds it by asking
// the validator alone.
import { validateResponse as as2Validate } from "@edi-clients/as2-gateway/validation";
import { validateResponse } from "@edi-clients/ecgrid/validation";
import { describe, expect, it } from "vitest";
import { otherSpellings, spellingDrift } from "../src/doctor/spelling.js";

describe("spelling drift", () => {
  it("knows the casing conventions of the sources: ID/Id, eMail/email, callBack/callback, a leading capital", () => {
    expect(otherSpellings("parcelID")).toEqual(["parcelId"]);
    expect(otherSpellings("networkIDFrom")).toEqual(["networkIdFrom"]);
    expect(otherSpellings("ecGridId")).toEqual(["ecGridID"]);
    expect(otherSpellings("eMail")).toEqual(["email"]);
    expect(otherSpellings("dataEmail")).toEqual(["dataEMail"]);
    expect(otherSpellings("callBackEventID")).toEqual(
      expect.arrayContaining(["callBackEventId", "callbackEventID"]),
    );
    expect(otherSpellings("MailboxId")).toEqual(expect.arrayContaining(["mailboxId", "MailboxID"]));
    expect(otherSpellings("url")).toEqual([]);
  });

  it("reports a key the spec has under another spelling, at its path, without its value", () => {
    const me = { success: true, data: { userId: 1, login: "jsmith", networkID: 3, mailboxId: 2 } };
    expect(validateResponse("usersGetMe", 200, me)).toEqual([]);
    expect(spellingDrift("usersGetMe", 200, me, validateResponse)).toEqual([
      { path: "/data/networkID", expected: "the spelling networkId", received: "other spelling" },
    ]);
    // The body is left as it was.
    expect(me).toEqual({ success: true, data: { userId: 1, login: "jsmith", networkID: 3, mailboxId: 2 } });
    const list = { success: true, data: [{ parcelId: 5, fileName: "a.edi", mailboxID: 3 }] };
    expect(spellingDrift("parcelsInboxList", 200, list, validateResponse)).toEqual([
      { path: "/data/0/mailboxID", expected: "the spelling mailboxId", received: "other spelling" },
    ]);
  });

  it("accepts every spelling the spec documents (parcelId and parcelID), and unknown keys with no known twin", () => {
    for (const parcel of [{ parcelId: 5 }, { parcelID: 5 }, { parcelId: 5, somethingNew: "x", OtherID: 1 }])
      expect(
        spellingDrift("parcelsGetParcel", 200, { success: true, data: parcel }, validateResponse),
      ).toEqual([]);
  });

  it("works for AS2 Gateway bodies too, and on bodies that already drift", () => {
    expect(spellingDrift("listStations", 200, [{ as2Id: "A" }], as2Validate)).toEqual([]);
    expect(spellingDrift("usersGetMe", 200, "not an object", validateResponse)).toEqual([]);
    const drifting = { success: "yes", data: { userId: 1, networkID: 3 } };
    expect(spellingDrift("usersGetMe", 200, drifting, validateResponse)).toEqual([
      { path: "/data/networkID", expected: "the spelling networkId", received: "other spelling" },
    ]);
    // Inside an object that already matches none of its documented shapes, the probes cannot tell
    // (the validator reports the object, not its fields): nothing is guessed.
    const shapeless = { success: true, data: { userId: "x", networkID: 3 } };
    expect(spellingDrift("usersGetMe", 200, shapeless, validateResponse)).toEqual([]);
  });
});
