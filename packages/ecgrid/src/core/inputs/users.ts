import { integer, optional as opt } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { ID, MAILBOX_SCOPE, PAGING, TEXT } from "../input-rules.js";

/** The input rules of the `users…` operations (see ../input-rules.ts). */
export const USERS_INPUTS: InputsOf<"users"> = {
  usersUpdateUser: { body: { userId: ID } },
  usersCreateUser: {
    body: { login: TEXT, password: TEXT, email: TEXT, networkId: opt(ID), mailboxId: opt(ID) },
  },
  usersGetUser: { path: { id: ID } },
  usersTerminateUser: { path: { id: ID } },
  usersGetByName: { body: { login: TEXT } },
  usersGeneratePassword: { body: { length: opt(integer(1, 32_767)) } },
  usersGenerateApiKey: { path: { id: ID } },
  usersGetApiKey: { path: { id: ID } },
  usersListUsers: {
    body: { networkId: opt(ID), mailboxId: opt(MAILBOX_SCOPE), ...PAGING },
  },
  usersGetMe: {},
  usersUpdatePassword: { body: { userId: ID, newPassword: TEXT } },
  usersResetSessions: { path: { id: ID } },
  usersSetRole: { body: { userId: ID, authLevel: TEXT, networkId: opt(ID), mailboxId: opt(ID) } },
  usersSendSms: { body: { userId: ID, message: TEXT } },
  usersSetNetworkMailbox: { body: { userId: ID, networkId: opt(ID), mailboxId: opt(ID) } },
  usersUpdateConfig: { body: { userId: ID } },
};
