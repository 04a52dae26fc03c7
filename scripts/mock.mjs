// `pnpm mock`: Prism mocks of both specs on fixed loopback ports, until Ctrl-C. Request validation
// is on (a request that breaks the spec gets an error answer); answers are the specs' examples.
//   ECGRID_BASE_URL=http://127.0.0.1:4020   AS2G_BASE_URL=http://127.0.0.1:4021
// Ports: MOCK_ECGRID_PORT / MOCK_AS2_PORT. Stateless: for uploads that arrive, inboxes that drain
// and AS2 messages that get sent, use `pnpm sandbox` instead.
import { specPath, startPrism } from "./prism-harness.mjs";

const ecgridPort = Number(process.env.MOCK_ECGRID_PORT ?? 4020);
const as2Port = Number(process.env.MOCK_AS2_PORT ?? 4021);
const [ecgrid, as2] = await Promise.all([
  startPrism(specPath("ecgrid"), { port: ecgridPort }),
  startPrism(specPath("as2-gateway"), { port: as2Port }),
]);
console.log(`ECGrid mock       ${ecgrid.url}   (any API key)`);
console.log(`AS2 Gateway mock  ${as2.url}   (any token or user/password)`);
console.log("");
console.log(`export ECGRID_BASE_URL=${ecgrid.url} AS2G_BASE_URL=${as2.url}`);
console.log("export ECGRID_API_KEY=mock-key AS2G_TOKEN=mock-token");
console.log("Ctrl-C stops both.");

const stop = async () => {
  await Promise.all([ecgrid.stop(), as2.stop()]);
  process.exit(0);
};
process.once("SIGINT", stop).once("SIGTERM", stop);
