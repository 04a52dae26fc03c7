import type { InputsOf } from "../input-rules.js";
import { TEXT } from "../input-rules.js";

/** The input rules of the `auth…` operations (see ../input-rules.ts). */
export const AUTH_INPUTS: InputsOf<"auth"> = {
  authLogin: { body: { login: TEXT, password: TEXT } },
  authLogout: {},
  authChangePassword: { body: { currentPassword: TEXT, newPassword: TEXT } },
  authRefreshToken: { body: { token: TEXT } },
  authSession: {},
  authVersion: {},
};
