import type { ApiCall, CallOptions } from "@edi-clients/runtime";
import { listReader, pageReader, recordReader, USER, type User } from "../core/models.js";
import { fromEnvelope, isRecord, mapCall, recordOrFetch } from "../core/normalise.js";
import { type PagedListOptions, paginateList } from "../core/pagination.js";
import { type BodyOf, type FiltersOf, Resource } from "../core/resource.js";

/** Users: accounts, their roles, passwords, sessions and API keys. */
export class Users extends Resource {
  /** The user the API key or token belongs to. */
  me(options?: CallOptions): ApiCall<User> {
    return mapCall(
      this.core.call("usersGetMe", (init) => this.core.raw.GET("/v2/users/me", { ...init }), options),
      recordReader<User>("usersGetMe", USER),
    );
  }

  /** User details by ID. */
  get(id: number, options?: CallOptions): ApiCall<User> {
    return mapCall(
      this.core.call(
        "usersGetUser",
        (init) => this.core.raw.GET("/v2/users/{id}", { params: { path: { id } }, ...init }),
        options,
        { path: { id } },
      ),
      recordReader<User>("usersGetUser", USER),
    );
  }

  /** Users matching a login name. */
  getByName(body: BodyOf<"usersGetByName">, options?: CallOptions): ApiCall<User[]> {
    return fromEnvelope(
      this.core.callEnvelope(
        "usersGetByName",
        (init) => this.core.raw.POST("/v2/users/by-name", { body, ...init }),
        options,
        { body },
      ),
      (envelope) => {
        // The page answers an array, the WSDL's UserInfobyLogin one record: always an array here.
        const data = (envelope as { data?: unknown }).data;
        return listReader<User>("usersGetByName", USER, ["userIDInfoList"])(
          isRecord(data) && !("userIDInfoList" in data) ? { data: [data] } : envelope,
        );
      },
    );
  }

  /** Creates a user in a network and mailbox. */
  create(body: BodyOf<"usersCreateUser">, options?: CallOptions): ApiCall<User> {
    return mapCall(
      this.core.call(
        "usersCreateUser",
        (init) => this.core.raw.POST("/v2/users", { body, ...init }),
        // A recovery answer is as good as a password for taking the account over.
        { ...options, secrets: [body?.password, body?.recoveryAnswer] },
        { body },
      ),
      (data) =>
        recordOrFetch("usersCreateUser", data, recordReader<User>("usersCreateUser", USER), (id) =>
          this.get(id, options),
        ),
    );
  }

  /** Updates a user's profile (email, first and last name). */
  update(body: BodyOf<"usersUpdateUser">, options?: CallOptions): ApiCall<User> {
    return mapCall(
      this.core.call(
        "usersUpdateUser",
        (init) => this.core.raw.PUT("/v2/users", { body, ...init }),
        options,
        { body },
      ),
      (data) =>
        recordOrFetch(
          "usersUpdateUser",
          data,
          recordReader<User>("usersUpdateUser", USER),
          (id) => this.get(id, options),
          body?.userId,
        ),
    );
  }

  /** Permanently terminates a user, revoking all sessions and API keys. */
  terminate(id: number, options?: CallOptions) {
    return this.core.call(
      "usersTerminateUser",
      (init) => this.core.raw.DELETE("/v2/users/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** One page of users, filtered by network, mailbox, auth level and status. */
  list(body: BodyOf<"usersListUsers"> = {}, options?: CallOptions): ApiCall<User[]> {
    return fromEnvelope(
      this.core.callEnvelope(
        "usersListUsers",
        (init) => this.core.raw.POST("/v2/users/list", { body, ...init }),
        options,
        { body },
      ),
      listReader<User>("usersListUsers", USER, ["userIDInfoList"]),
    );
  }

  /** Every user matching the filters, page after page: `for await (const u of …)`. */
  listAll(filters: FiltersOf<"usersListUsers"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "usersListUsers",
      filters,
      (body, init) => this.core.raw.POST("/v2/users/list", { body, ...init }),
      pageReader<User>("usersListUsers", USER, ["userIDInfoList"]),
      options,
    );
  }

  /** A random password meeting ECGrid's complexity rules (nothing is stored). */
  generatePassword(body: BodyOf<"usersGeneratePassword"> = {}, options?: CallOptions) {
    return this.core.call(
      "usersGeneratePassword",
      (init) => this.core.raw.POST("/v2/users/generate-password", { body, ...init }),
      options,
      { body },
    );
  }

  /** Generates a new API key for a user; the previous key stops working. */
  generateApiKey(id: number, options?: CallOptions) {
    return this.core.call(
      "usersGenerateApiKey",
      (init) => this.core.raw.POST("/v2/users/key-generate/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** A user's current API key. */
  getApiKey(id: number, options?: CallOptions) {
    return this.core.call(
      "usersGetApiKey",
      (init) => this.core.raw.GET("/v2/users/key/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** Sets a new password for a user. */
  updatePassword(body: BodyOf<"usersUpdatePassword">, options?: CallOptions) {
    return this.core.call(
      "usersUpdatePassword",
      (init) => this.core.raw.POST("/v2/users/password", { body, ...init }),
      { ...options, secrets: [body?.newPassword, body?.currentRecoveryAnswer, body?.recoveryAnswer] },
      { body },
    );
  }

  /** Invalidates all open sessions of a user, forcing a new sign-in. */
  resetSessions(id: number, options?: CallOptions) {
    return this.core.call(
      "usersResetSessions",
      (init) => this.core.raw.POST("/v2/users/reset/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** Sets a user's auth level (role), optionally scoped to a network or mailbox. */
  setRole(body: BodyOf<"usersSetRole">, options?: CallOptions): ApiCall<User> {
    return mapCall(
      this.core.call(
        "usersSetRole",
        (init) => this.core.raw.POST("/v2/users/role", { body, ...init }),
        options,
        { body },
      ),
      (data) =>
        recordOrFetch(
          "usersSetRole",
          data,
          recordReader<User>("usersSetRole", USER),
          (id) => this.get(id, options),
          body?.userId,
        ),
    );
  }

  /** Sends an SMS to a user's mobile phone. */
  sendSms(body: BodyOf<"usersSendSms">, options?: CallOptions) {
    return this.core.call(
      "usersSendSms",
      (init) => this.core.raw.POST("/v2/users/send-sms", { body, ...init }),
      options,
      { body },
    );
  }

  /** Changes the network and mailbox a user belongs to. */
  setNetworkMailbox(body: BodyOf<"usersSetNetworkMailbox">, options?: CallOptions): ApiCall<User> {
    return mapCall(
      this.core.call(
        "usersSetNetworkMailbox",
        (init) => this.core.raw.POST("/v2/users/set-network-mailbox", { body, ...init }),
        options,
        { body },
      ),
      (data) =>
        recordOrFetch(
          "usersSetNetworkMailbox",
          data,
          recordReader<User>("usersSetNetworkMailbox", USER),
          (id) => this.get(id, options),
          body?.userId,
        ),
    );
  }

  /** Updates a user's advanced configuration (notifications, cell phone, …). */
  updateConfig(body: BodyOf<"usersUpdateConfig">, options?: CallOptions) {
    return this.core.call(
      "usersUpdateConfig",
      (init) => this.core.raw.POST("/v2/users/update-config", { body, ...init }),
      options,
      { body },
    );
  }
}
