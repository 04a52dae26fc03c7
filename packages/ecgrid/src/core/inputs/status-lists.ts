import type { InputsOf } from "../input-rules.js";

/** The input rules of the `statusLists…` operations (see ../input-rules.ts). */
export const STATUS_LISTS_INPUTS: InputsOf<"statusLists"> = {
  statusListsGetStatusLists: {},
};
