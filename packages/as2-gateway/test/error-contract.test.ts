// One return/error contract (issue 16 item 3): every method of every AS2 Gateway resource, called with
// garbage arguments against a server that answers garbage (the check's own test is in the ECGrid
// suite), returns without throwing and settles with a value or an EdiClientError. The methods are
// found by reflection (test-helpers/contract).
import { describeContract } from "@edi-clients/test-helpers/contract";
import { As2Gateway, EdiClientError } from "../src/index.js";

describeContract(
  "As2Gateway",
  (options) => new As2Gateway({ token: "contract-token", ...options }),
  5,
  EdiClientError,
);
