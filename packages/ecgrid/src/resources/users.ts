import type { ApiCall, CallOptions, ListOptions, PagePromise } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { USERS_INPUTS } from "../core/inputs/users.js";
import { listReader, recordReader, USER, type User } from "../core/models.js";
import { fromEnvelope, isRecord, mapCall, recordOrFetch } from "../core/normalise.js";
import { recordPages } from "../core/pagination.js";
import { type BodyOf, Resource } from "../core/resource.js";
import {
  usersCreateUser,
  usersGenerateApiKey,
  usersGeneratePassword,
  usersGetApiKey,
  usersGetByName,
  usersGetMe,
  usersGetUser,
  usersListUsers,
  usersResetSessions,
  usersSendSms,
  usersSetNetworkMailbox,
  usersSetRole,
  usersTerminateUser,
  usersUpdateConfig,
  usersUpdatePassword,
  usersUpdateUser,
} from "../generated/operations.js";

/** Users: accounts, their roles, passwords, sessions and API keys. */
export class Users extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, USERS_INPUTS);
  }

  /** The user the API key or token belongs to. */
  me(options?: CallOptions): ApiCall<User> {
    return mapCall(this.core.call(usersGetMe, {}, options), recordReader<User>(usersGetMe.id, USER));
  }

  /** User details by ID. */
  get(id: number, options?: CallOptions): ApiCall<User> {
    return mapCall(
      this.core.call(usersGetUser, { params: { path: { id } } }, options),
      recordReader<User>(usersGetUser.id, USER),
    );
  }

  /** Users matching a login name. */
  getByName(body: BodyOf<"usersGetByName">, options?: CallOptions): ApiCall<User[]> {
    return fromEnvelope(this.core.request(usersGetByName, { body }, options), (envelope) => {
      // The page answers an array, the WSDL's UserInfobyLogin one record: always an array here.
      const data = (envelope as { data?: unknown }).data;
      return listReader<User>(usersGetByName.id, USER, ["userIDInfoList"])(
        isRecord(data) && !("userIDInfoList" in data) ? { data: [data] } : envelope,
      );
    });
  }

  /** Creates a user in a network and mailbox. */
  create(body: BodyOf<"usersCreateUser">, options?: CallOptions): ApiCall<User> {
    return mapCall(
      this.core.call(
        usersCreateUser,
        { body },
        { ...options, secrets: [body?.password, body?.recoveryAnswer] },
      ),
      (data) =>
        recordOrFetch(usersCreateUser.id, data, recordReader<User>(usersCreateUser.id, USER), (id) =>
          this.get(id, options),
        ),
    );
  }

  /** Updates a user's profile (email, first and last name). */
  update(body: BodyOf<"usersUpdateUser">, options?: CallOptions): ApiCall<User> {
    return mapCall(this.core.call(usersUpdateUser, { body }, options), (data) =>
      recordOrFetch(
        usersUpdateUser.id,
        data,
        recordReader<User>(usersUpdateUser.id, USER),
        (id) => this.get(id, options),
        body?.userId,
      ),
    );
  }

  /** Permanently terminates a user, revoking all sessions and API keys. */
  terminate(id: number, options?: CallOptions) {
    return this.core.call(usersTerminateUser, { params: { path: { id } } }, options);
  }

  /**
   * Users, filtered by network, mailbox, auth level and status: `await` gives the page the body
   * asks for (default the first, 500 a page); `for await (const u of …)` every user from that page on.
   */
  list(body: BodyOf<"usersListUsers"> = {}, options?: ListOptions): PagePromise<User[], User> {
    return recordPages(this.core, usersListUsers, body, options, USER, ["userIDInfoList"]);
  }

  /** A random password meeting ECGrid's complexity rules (nothing is stored). */
  generatePassword(body: BodyOf<"usersGeneratePassword"> = {}, options?: CallOptions) {
    return this.core.call(usersGeneratePassword, { body }, options);
  }

  /** Generates a new API key for a user; the previous key stops working. */
  generateApiKey(id: number, options?: CallOptions) {
    return this.core.call(usersGenerateApiKey, { params: { path: { id } } }, options);
  }

  /** A user's current API key. */
  getApiKey(id: number, options?: CallOptions) {
    return this.core.call(usersGetApiKey, { params: { path: { id } } }, options);
  }

  /** Sets a new password for a user. */
  updatePassword(body: BodyOf<"usersUpdatePassword">, options?: CallOptions) {
    return this.core.call(
      usersUpdatePassword,
      { body },
      { ...options, secrets: [body?.newPassword, body?.currentRecoveryAnswer, body?.recoveryAnswer] },
    );
  }

  /** Invalidates all open sessions of a user, forcing a new sign-in. */
  resetSessions(id: number, options?: CallOptions) {
    return this.core.call(usersResetSessions, { params: { path: { id } } }, options);
  }

  /** Sets a user's auth level (role), optionally scoped to a network or mailbox. */
  setRole(body: BodyOf<"usersSetRole">, options?: CallOptions): ApiCall<User> {
    return mapCall(this.core.call(usersSetRole, { body }, options), (data) =>
      recordOrFetch(
        usersSetRole.id,
        data,
        recordReader<User>(usersSetRole.id, USER),
        (id) => this.get(id, options),
        body?.userId,
      ),
    );
  }

  /** Sends an SMS to a user's mobile phone. */
  sendSms(body: BodyOf<"usersSendSms">, options?: CallOptions) {
    return this.core.call(usersSendSms, { body }, options);
  }

  /** Changes the network and mailbox a user belongs to. */
  setNetworkMailbox(body: BodyOf<"usersSetNetworkMailbox">, options?: CallOptions): ApiCall<User> {
    return mapCall(this.core.call(usersSetNetworkMailbox, { body }, options), (data) =>
      recordOrFetch(
        usersSetNetworkMailbox.id,
        data,
        recordReader<User>(usersSetNetworkMailbox.id, USER),
        (id) => this.get(id, options),
        body?.userId,
      ),
    );
  }

  /** Updates a user's advanced configuration (notifications, cell phone, …). */
  updateConfig(body: BodyOf<"usersUpdateConfig">, options?: CallOptions) {
    return this.core.call(usersUpdateConfig, { body }, options);
  }
}
