// Type-level tests (issue 16 item 5): what the compiler holds a caller of the ECGrid SDK to. Nothing here
// runs: vitest's typecheck mode (vitest.config.ts: typecheck) and the package's `tsc --noEmit` check
// the file, so a wrong `expectTypeOf` and an `@ts-expect-error` that no longer finds an error both fail.
import type { Page, PagePromise, SuccessOf } from "@edi-clients/runtime";
import { describe, expectTypeOf, it } from "vitest";
import { listStations } from "../../as2-gateway/src/generated/operations.js";
import type { ECGridOperation } from "../src/core/client.js";
import type { BodyOf } from "../src/core/resource.js";
import {
  networksGetNetwork,
  networksListNetworks,
  networksUpdateNetwork,
  OPERATIONS,
  type OperationId,
  parcelsUploadParcel,
  usersGetMe,
} from "../src/generated/operations.js";
import {
  type components,
  type DownloadedParcel,
  ECGrid,
  type Interchange,
  type InterchangePage,
  type Network,
  type NetworkPage,
  type operations,
  type Parcel,
  type User,
} from "../src/index.js";

type Schemas = components["schemas"];
const ecgrid = new ECGrid({ apiKey: "k" });

describe("ECGrid types: a call's parameters come from the spec", () => {
  it("a method's body is the operation's generated request body", () => {
    expectTypeOf(ecgrid.networks.update)
      .parameter(0)
      .toEqualTypeOf<operations["networksUpdateNetwork"]["requestBody"]["content"]["application/json"]>();
    expectTypeOf(ecgrid.parcels.uploadCall).parameter(0).toEqualTypeOf<BodyOf<"parcelsUploadParcel">>();
  });

  it("a wrong body field, a wrong field type or a missing required field is a type error", () => {
    // @ts-expect-error companyNam is no field of NetworkUpdateRequest
    ecgrid.networks.update({ networkId: 1001, companyNam: "Acme" });
    // @ts-expect-error networkId is an integer
    ecgrid.networks.update({ networkId: "1001" });
    // @ts-expect-error fileName is required by ParcelUploadRequest
    ecgrid.parcels.uploadCall({ content: "SVNB", bytes: 3 });
    // @ts-expect-error contactType is required
    ecgrid.networks.getContact({ networkId: 1001 });
    // @ts-expect-error a request enum takes only the documented spelling
    ecgrid.parcels.update({ parcelId: 1, status: "SomeFutureStatus" });
  });

  it("through the core: the descriptor types the path, query and body", () => {
    ecgrid.core.call(networksGetNetwork, { params: { path: { id: 1001 } } });
    // @ts-expect-error the path parameter id is required
    ecgrid.core.call(networksGetNetwork, {});
    // @ts-expect-error the path parameter id is required
    ecgrid.core.call(networksGetNetwork, { params: { path: {} } });
    // @ts-expect-error id is an integer
    ecgrid.core.call(networksGetNetwork, { params: { path: { id: "1001" } } });
    // @ts-expect-error networkId is an integer
    ecgrid.core.call(networksUpdateNetwork, { body: { networkId: "1001" } });
    // @ts-expect-error fileName is required
    ecgrid.core.request(parcelsUploadParcel, { body: { content: "SVNB" } });
  });
});

describe("ECGrid types: results are the normalised models", () => {
  it("resource methods resolve to the models, not the wire schemas", () => {
    expectTypeOf(ecgrid.networks.get(1)).resolves.toEqualTypeOf<Network>();
    expectTypeOf(ecgrid.networks.update({ networkId: 1 })).resolves.toEqualTypeOf<Network>();
    expectTypeOf(ecgrid.users.me()).resolves.toEqualTypeOf<User>();
    expectTypeOf(ecgrid.parcels.get(1)).resolves.toEqualTypeOf<Parcel>();
    expectTypeOf(ecgrid.interchanges.get(1)).resolves.toEqualTypeOf<Interchange>();
    expectTypeOf(ecgrid.parcels.download(1)).resolves.toEqualTypeOf<DownloadedParcel>();
    expectTypeOf(
      ecgrid.parcels.upload({ fileName: "a.edi", content: "ISA" }),
    ).resolves.toEqualTypeOf<number>();
    expectTypeOf(ecgrid.parcels.confirm(1)).resolves.toEqualTypeOf<boolean>();
    expectTypeOf(ecgrid.networks.updateConfig({ networkId: 1 })).resolves.toEqualTypeOf<boolean>();
    expectTypeOf(ecgrid.auth.logout()).resolves.toEqualTypeOf<void>();
    // A model's identity is always there; the wire schema's is optional.
    expectTypeOf<Network["networkId"]>().toEqualTypeOf<number>();
    expectTypeOf<Schemas["NetworkIDInfo"]["networkId"]>().toEqualTypeOf<number | undefined>();
  });

  it("withResponse() gives the same model next to the Response", () => {
    expectTypeOf(ecgrid.networks.get(1).withResponse()).resolves.toEqualTypeOf<{
      data: Network;
      response: Response;
    }>();
  });

  it("the core resolves a descriptor's call to the envelope's data, typed by the spec", () => {
    const network = ecgrid.core.call(networksGetNetwork, { params: { path: { id: 1 } } });
    expectTypeOf<Awaited<typeof network>>().toEqualTypeOf<Schemas["NetworkIDInfo"]>();
    // An open enum stays a string union (openapi-fetch's Readable<T> once mapped `string & {}` to an object).
    expectTypeOf<NonNullable<Awaited<typeof network>["status"]>>().toExtend<string>();
    expectTypeOf(ecgrid.core.request(usersGetMe, {}))
      .resolves.toHaveProperty("data")
      .toHaveProperty("success");
  });

  it("response enums are open, request enums strict (generated types)", () => {
    // Extract<…> is `never` if the union collapsed to `string`.
    expectTypeOf<
      Extract<Schemas["ParcelStatusOpen"], "OutBoxDelivered">
    >().toEqualTypeOf<"OutBoxDelivered">();
    expectTypeOf<Extract<Schemas["ParcelStatusOpen"], "InBoxReady">>().toEqualTypeOf<"InBoxReady">();
    expectTypeOf<"SomeFutureStatus">().toExtend<NonNullable<Schemas["ParcelIDInfo"]["status"]>>();
    expectTypeOf<"SomeFutureObject">().toExtend<NonNullable<Schemas["CallbackInfo"]["event"]>>();
    expectTypeOf<"SomeFutureStatus">().not.toExtend<Schemas["ParcelStatus"]>();
  });
});

describe("ECGrid types: the generated descriptors", () => {
  it("carry the literal id, method, path and idempotency of their spec entry", () => {
    expectTypeOf(networksGetNetwork).toEqualTypeOf<{
      readonly id: "networksGetNetwork";
      readonly method: "GET";
      readonly path: "/v2/networks/{id}";
      readonly idempotent: true;
    }>();
    expectTypeOf(parcelsUploadParcel.method).toEqualTypeOf<"POST">();
    expectTypeOf(parcelsUploadParcel.idempotent).toEqualTypeOf<false>();
    expectTypeOf(networksListNetworks.pagination.size).toEqualTypeOf<"recordsPerPage">();
    expectTypeOf(networksListNetworks.pagination.maxSize).toEqualTypeOf<500>();
    expectTypeOf(OPERATIONS.networksGetNetwork).toEqualTypeOf(networksGetNetwork);
  });

  it("the table's ids are exactly the generated operations", () => {
    expectTypeOf<OperationId>().toEqualTypeOf<keyof operations>();
    expectTypeOf<(typeof OPERATIONS)[OperationId]["id"]>().toEqualTypeOf<OperationId>();
  });

  it("an AS2 Gateway descriptor is no ECGrid operation and the ECGrid core refuses it", () => {
    expectTypeOf(networksGetNetwork).toExtend<ECGridOperation>();
    expectTypeOf(listStations).not.toExtend<ECGridOperation>();
    // @ts-expect-error listStations is an AS2 Gateway operation
    ecgrid.core.call(listStations, {});
    // @ts-expect-error listStations is an AS2 Gateway operation
    ecgrid.core.request(listStations, {});
  });
});

describe("ECGrid types: a core call's result keeps the spec's types", () => {
  it("open enums stay strings and nullable fields stay (no Readable<T> mangling, openapi-typescript#2717)", () => {
    type Body = { status?: Schemas["StatusOpen"]; note: string | null };
    type Op = {
      responses: {
        200: { content: { "application/json": Body } };
        400: { content: { "application/json": { message: string } } };
      };
    };
    expectTypeOf<SuccessOf<Op>>().toEqualTypeOf<Body>();
    expectTypeOf<NonNullable<SuccessOf<Op>["status"]>>().toExtend<string>();
    expectTypeOf<SuccessOf<Op, { parseAs: "text" }>>().toEqualTypeOf<string>();
  });
});

describe("ECGrid types: a paged list is one method (PagePromise)", () => {
  it("await gives the page, for await the items", async () => {
    const networks = ecgrid.networks.list({ status: "Active" });
    expectTypeOf(networks).toEqualTypeOf<PagePromise<NetworkPage, Network>>();
    expectTypeOf(networks).resolves.toEqualTypeOf<NetworkPage>();
    expectTypeOf(await networks).toEqualTypeOf<NetworkPage>();
    for await (const network of networks) expectTypeOf(network).toEqualTypeOf<Network>();
    expectTypeOf(networks.pages()).toEqualTypeOf<AsyncGenerator<Page<Network>>>();
    expectTypeOf(networks.toArray()).resolves.toEqualTypeOf<Network[]>();

    const inbox = ecgrid.parcels.inboxList({ mailboxId: 1001 });
    expectTypeOf(await inbox).toEqualTypeOf<Parcel[]>();
    for await (const parcel of inbox) expectTypeOf(parcel).toEqualTypeOf<Parcel>();

    const interchanges = ecgrid.interchanges.inboxList({});
    expectTypeOf(await interchanges).toEqualTypeOf<InterchangePage>();
    for await (const interchange of interchanges) expectTypeOf(interchange).toEqualTypeOf<Interchange>();
  });

  it("a list's filters are typed from the spec too", () => {
    // @ts-expect-error recordsPerPage is an integer
    ecgrid.networks.list({ recordsPerPage: "25" });
    // @ts-expect-error bogus is no filter of parcelsInboxList
    ecgrid.parcels.inboxList({ bogus: 1 });
  });
});
