import { optional as opt, string } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { COUNT, ID, ID64, PARCEL_FILTERS, TEXT } from "../input-rules.js";

/** The input rules of the `parcels…` operations (see ../input-rules.ts). */
export const PARCELS_INPUTS: InputsOf<"parcels"> = {
  parcelsGetParcel: { path: { id: ID64 } },
  parcelsAcknowledgmentNote: { body: { parcelId: ID64, note: string(1) } },
  parcelsCancelParcel: { path: { id: ID64 } },
  parcelsConfirmDownload: { body: { parcelId: ID64 } },
  parcelsDownloadParcel: { body: { parcelId: ID64 } },
  parcelsFindMailbagControlId: {
    body: { networkId: opt(ID), mailboxId: opt(ID), mailbagControlId: string(1) },
  },
  parcelsInboxList: { body: PARCEL_FILTERS },
  parcelsGetManifest: { path: { id: ID64 } },
  parcelsOutboxList: { body: PARCEL_FILTERS },
  parcelsPendingInboxList: {
    body: { networkId: opt(ID), mailboxId: opt(ID), ecGridIdFrom: opt(ID), ecGridIdTo: opt(ID) },
  },
  parcelsResetToInbox: { path: { id: ID64 } },
  parcelsSendTestFile: { body: { ecGridIdFrom: ID, ecGridIdTo: ID } },
  parcelsSetMailbagControlId: { body: { parcelId: ID64, mailbagControlId: string(1) } },
  parcelsUpdateParcel: { body: { parcelId: ID64 } },
  parcelsUploadParcel: {
    body: {
      fileName: string(1),
      content: TEXT,
      bytes: opt(COUNT),
      ecGridIdFrom: opt(ID),
      ecGridIdTo: opt(ID),
      mailboxId: opt(ID),
      networkId: opt(ID),
    },
  },
};
