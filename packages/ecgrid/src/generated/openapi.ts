/**
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Source: specs/ecgrid/openapi.yaml
 * Regenerate with `pnpm generate`; CI fails when this file differs from a fresh generation.
 */

export interface paths {
    "/v2/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Authenticate with an ECGrid username and password to obtain a JWT Bearer token for subsequent API calls.
         *
         *     **Info (No authentication required):** This endpoint does not require an `X-API-Key` or `Authorization` header — it is the entry point for obtaining credentials.
         *
         *     **Tip (Prefer API Key for server-to-server integrations):** JWT tokens expire and require refresh. For long-running services or automated pipelines, use the `X-API-Key` header with a key obtained from Generate API Key instead.
         */
        post: operations["authLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description Invalidate the current Bearer token or API session, ending the authenticated session immediately.
         *
         *     No request body is required. The session is identified from the `Authorization` or `X-API-Key` header on the request.
         *
         *     **Caution:** After calling logout, any subsequent requests using the same token will receive a `401 Unauthorized` response. If you are using API Key authentication, logout terminates the current session but does not revoke the key itself.
         */
        post: operations["authLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change Password
         * @description Change the authenticated user's account password. Both the current password and the new password are required.
         *
         *     **Caution (Active sessions):** Changing your password does not automatically invalidate existing active tokens. If you suspect a credential compromise, call Logout after changing the password to terminate the current session, and consider resetting all sessions via Reset Sessions.
         */
        put: operations["authChangePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh Token
         * @description Refresh an expiring JWT Bearer token to obtain a new one without re-authenticating with a username and password.
         *
         *     **Note:** The original token is invalidated after a successful refresh. Update your stored token immediately with the value returned in `data.token`.
         */
        post: operations["authRefreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Session
         * @description Retrieve information about the currently authenticated session, including the user identity, network and mailbox context, and token expiry.
         *
         *     No request body is required. Session details are resolved from the `Authorization` or `X-API-Key` header.
         */
        post: operations["authSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/auth/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Version
         * @description Returns the current ECGrid REST API version string. No authentication is required, making this endpoint useful for connectivity testing and health checks.
         *
         *     **Info (No authentication required):** This endpoint does not require an `X-API-Key` or `Authorization` header. It is safe to call from any context to verify reachability of the API.
         */
        get: operations["authVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Network
         * @description Updates the profile information for an existing ECGrid network.
         */
        put: operations["networksUpdateNetwork"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/networks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Network
         * @description Retrieves detailed information for a single ECGrid network by its numeric ID.
         */
        get: operations["networksGetNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/networks/get-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Network Contact
         * @description Retrieves the contact information associated with a specific contact role for a given network.
         */
        post: operations["networksGetContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/networks/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Networks
         * @description Returns a paginated list of networks visible to the authenticated caller, with optional filters by network ID, mailbox ID, or status.
         */
        post: operations["networksListNetworks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/networks/update-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Network Config
         * @description Updates the operational configuration settings for a network, such as timeout and processing behavior flags.
         */
        post: operations["networksUpdateConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/networks/x12-delimiters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set X12 Delimiters
         * @description Configures the X12 EDI delimiter characters used by a network for element, sub-element, and segment separation.
         */
        post: operations["networksX12Delimiters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mailboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Mailbox
         * @description Retrieves detailed information for a single ECGrid mailbox by its numeric ID.
         */
        get: operations["mailboxesGetMailbox"];
        put?: never;
        post?: never;
        /**
         * Delete Mailbox
         * @description Permanently terminates a mailbox by its numeric ID.
         *
         *     **Warning (Irreversible Operation):** This permanently terminates the mailbox and all associated data. This cannot be undone. Ensure all trading partner interconnects, callbacks, and pending parcels have been resolved before calling this endpoint.
         */
        delete: operations["mailboxesDeleteMailbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mailboxes/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Mailbox
         * @description Creates a new mailbox under the specified network.
         */
        post: operations["mailboxesCreateMailbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mailboxes/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Mailboxes
         * @description Returns a paginated list of mailboxes accessible to the caller, with optional filtering by network or status.
         */
        post: operations["mailboxesListMailboxes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mailboxes/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Mailbox
         * @description Updates the profile information for an existing mailbox.
         */
        post: operations["mailboxesUpdateMailbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mailboxes/update-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Mailbox Config
         * @description Updates the operational configuration settings for a mailbox, such as processing options and delivery behavior.
         */
        post: operations["mailboxesUpdateConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/mailboxes/x12-delimiters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set X12 Delimiters
         * @description Configures the X12 EDI delimiter characters used by a mailbox for element, sub-element, and segment separation, overriding the parent network defaults.
         */
        post: operations["mailboxesX12Delimiters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create ID
         * @description Creates a new ECGrid ID (Trading Partner ID) and assigns it to a mailbox.
         */
        post: operations["idsCreateId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get ID
         * @description Retrieves a single ECGrid ID (Trading Partner ID) by its numeric identifier.
         */
        get: operations["idsGetId"];
        /**
         * Update ID
         * @description Updates the description, status, or EDI standard for an existing ECGrid ID.
         */
        put: operations["idsUpdateId"];
        post?: never;
        /**
         * Delete ID
         * @description Terminates an ECGrid ID, permanently removing it from active EDI routing.
         *
         *     **Warning:** Terminating an ECGrid ID is irreversible. All active interconnects (partner relationships) that reference this ID will be affected and EDI routing to or from this qualifier/ID pair will stop immediately.
         */
        delete: operations["idsDeleteId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find ID
         * @description Searches for ECGrid IDs by ISA qualifier and ISA ID value.
         *
         *     **Tip:** Use this endpoint to look up a trading partner's ECGrid ID before creating an interconnect. The qualifier and ID correspond directly to the ISA-05/ISA-06 (sender) or ISA-07/ISA-08 (receiver) fields in an X12 interchange envelope.
         */
        post: operations["idsFindId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List IDs
         * @description Returns a paginated list of ECGrid IDs filtered by mailbox, network, and/or status.
         */
        post: operations["idsListIds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/tp-add-van": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add VAN
         * @description Associates a VAN (Value Added Network) qualifier and ID with an existing ECGrid ID to enable cross-network EDI routing.
         */
        post: operations["idsAddVan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/tp-get-mailbox-default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Mailbox Default
         * @description Retrieves the default mailbox associated with an ECGrid ID.
         */
        post: operations["idsGetMailboxDefault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/tp-move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move Trading Partner
         * @description Moves a trading partner ECGrid ID from its current mailbox to a different mailbox.
         */
        post: operations["idsMoveTp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/tp-update-data-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Data Email
         * @description Sets or updates the data delivery email address and email delivery options for a trading partner ECGrid ID.
         */
        post: operations["idsUpdateDataEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/tp-update-description": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Description
         * @description Updates the human-readable description label for a trading partner ECGrid ID.
         */
        post: operations["idsUpdateDescription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/tp-x12-delimiters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * X12 Delimiters
         * @description Sets custom X12 EDI delimiter characters for a trading partner ECGrid ID.
         */
        post: operations["idsX12Delimiters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ids/update-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Config
         * @description Updates advanced configuration settings for an ECGrid ID.
         */
        post: operations["idsUpdateConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Partner
         * @description Creates a new interconnect (partner relationship) that permits EDI routing between two ECGrid IDs.
         *
         *     **Note:** Both ECGrid IDs must already exist before creating an interconnect. Use Find ID to look up a trading partner's ECGrid ID by their ISA qualifier and ISA ID. The interconnect defines a bidirectional routing permission — once created, EDI can flow in either direction between the two IDs.
         */
        post: operations["partnersCreatePartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Partner
         * @description Retrieves a single interconnect (partner relationship) record by its numeric ID.
         */
        get: operations["partnersGetPartner"];
        put?: never;
        post?: never;
        /**
         * Delete Partner
         * @description Terminates an interconnect, permanently ending the EDI routing relationship between two trading partners.
         *
         *     **Warning:** Terminating an interconnect is irreversible. EDI routing between the two associated ECGrid IDs will stop immediately. Any in-flight parcels already submitted will continue processing, but no new EDI traffic will be routed between these partners.
         */
        delete: operations["partnersDeletePartner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/partners/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count Partners
         * @description Returns the total count of interconnects associated with an ECGrid ID, optionally filtered by status.
         */
        post: operations["partnersCountPartners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/partners/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Partners
         * @description Returns a paginated list of interconnects associated with an ECGrid ID, optionally filtered by status.
         */
        post: operations["partnersListPartners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/partners/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Note
         * @description Adds an audit note to an interconnect record for tracking changes, approvals, or support history.
         */
        post: operations["partnersAddNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/partners/notelist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Notes
         * @description Retrieves all audit notes attached to an interconnect record.
         */
        post: operations["partnersListNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Parcel
         * @description Retrieve the metadata and status for a single parcel by its unique ID.
         */
        get: operations["parcelsGetParcel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/acknowledgment-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledgment Note
         * @description Attach a free-text acknowledgment note to a parcel record for auditing or communication purposes.
         */
        post: operations["parcelsAcknowledgmentNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/cancel/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Parcel
         * @description Cancel an outbound parcel before it has been delivered to the recipient.
         *
         *     **Caution (Outbound Parcels Only):** Cancellation is only available for outbound parcels that have not yet been delivered. Attempting to cancel an already-delivered parcel or an inbound parcel will return an error.
         */
        post: operations["parcelsCancelParcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm Download
         * @description Acknowledge that an inbound parcel has been successfully received and saved.
         *
         *     **Caution (Required After Every Download):** This call must be made after every successful Download Parcel operation. Without confirmation, ECGrid considers the parcel undelivered and will re-deliver it on the next polling cycle, resulting in duplicate processing.
         */
        post: operations["parcelsConfirmDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download Parcel
         * @description Download the EDI content of an inbound parcel by its ID.
         *
         *     **Tip (Confirm After Download):** Always call Confirm Download (`POST /v2/parcels/confirm`) after successfully saving the file. Without confirmation, ECGrid treats the parcel as undelivered and will re-deliver it on the next polling cycle.
         */
        post: operations["parcelsDownloadParcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/find-mailbagcontrolid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find Mailbag Control ID
         * @description Search for parcels that match a given mailbag control ID string.
         */
        post: operations["parcelsFindMailbagControlId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/inbox-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox List
         * @description Search and paginate inbound parcels received by a mailbox.
         */
        post: operations["parcelsInboxList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/manifest/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Manifest
         * @description Return the list of EDI interchanges contained within a parcel.
         */
        get: operations["parcelsGetManifest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/outbox-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Outbox List
         * @description Search and paginate outbound parcels sent from a mailbox.
         */
        post: operations["parcelsOutboxList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/pending-inbox-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pending Inbox List
         * @description Return all inbound parcels with `InBoxReady` status that have not yet been downloaded.
         *
         *     **Info (Efficient Polling):** This endpoint is optimized for polling loops. It returns only unread parcels (`InBoxReady`) without requiring date range filters or pagination parameters, making it more efficient than Inbox List for routine file pickup checks.
         */
        post: operations["parcelsPendingInboxList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/reset-to-inbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset to Inbox
         * @description Reset a previously confirmed inbound parcel back to `InBoxReady` so it can be downloaded again.
         *
         *     **Info (When to Use This):** Use this endpoint when a parcel was confirmed but the local file was lost or corrupted and needs to be re-downloaded. After reset, the parcel will reappear in Pending Inbox List and Inbox List with `InBoxReady` status.
         */
        post: operations["parcelsResetToInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/send-test-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Test File
         * @description Send a synthetic test EDI file to verify routing configuration between two ECGrid trading partners.
         *
         *     **Info (Routing Verification):** This endpoint generates a valid synthetic EDI payload and injects it into the routing engine exactly as a real parcel would be processed. Use it to confirm that a new trading partner interconnect is correctly configured before going live with production data.
         */
        post: operations["parcelsSendTestFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/set-mailbagcontrolid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set Mailbag Control ID
         * @description Assign a custom mailbag control ID to a parcel for external tracking and reconciliation purposes.
         */
        post: operations["parcelsSetMailbagControlId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Parcel
         * @description Update the status or metadata of an existing parcel record.
         */
        post: operations["parcelsUpdateParcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/parcels/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload Parcel
         * @description Upload an EDI file to ECGrid as an outbound parcel for delivery to a trading partner.
         *
         *     **Info (Routing Behavior):** When `ecGridIdFrom` and `ecGridIdTo` are omitted, ECGrid automatically routes the parcel based on the ISA segment sender and receiver qualifiers embedded in the EDI content.
         */
        post: operations["parcelsUploadParcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/interchanges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Interchange
         * @description Retrieve the details of a single interchange by its unique ECGrid Interchange ID.
         */
        get: operations["interchangesGetInterchange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/interchanges/cancel/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Interchange
         * @description Cancel an outbound interchange that has not yet been delivered to the recipient.
         *
         *     **Caution:** Only outbound interchanges that have **not yet been delivered** can be cancelled. Attempting to cancel an already-delivered or inbound interchange will return an error.
         */
        post: operations["interchangesCancelInterchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/interchanges/get-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Interchange Date
         * @description Parse and return the date from a raw ISA interchange header string.
         */
        post: operations["interchangesGetDate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/interchanges/get-header": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Interchange Header
         * @description Parse a raw ISA header string into its individual component fields.
         */
        post: operations["interchangesGetHeader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/interchanges/get-manifest/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Interchange Manifest
         * @description Returns the manifest of EDI functional groups and transaction sets contained within an interchange.
         */
        get: operations["interchangesGetManifest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/interchanges/inbox-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Interchange Inbox List
         * @description Retrieve a paginated list of inbound interchanges for a mailbox within a specified date range.
         */
        post: operations["interchangesInboxList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/interchanges/outbox-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Interchange Outbox List
         * @description Retrieve a paginated list of outbound interchanges for a mailbox within a specified date range.
         */
        post: operations["interchangesOutboxList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/interchanges/resend/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend Interchange
         * @description Resend a previously transmitted interchange to its original recipient.
         */
        post: operations["interchangesResendInterchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Callback
         * @description Permanently remove a callback registration and stop all future event deliveries to its endpoint.
         */
        delete: operations["callbacksDeleteCallback"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/callbacks/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Callback
         * @description Register a new webhook callback so ECGrid posts a JSON notification to your endpoint when a specified event occurs.
         *
         *     **Note:** The callback URL must use **HTTPS**. ECGrid will POST a JSON payload to this URL whenever the specified event fires on the scoped mailbox or network.
         */
        post: operations["callbacksCreateCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/callbacks/event-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Event List
         * @description Retrieve a paginated list of callback events for a mailbox within a specified date range and event type filter.
         */
        post: operations["callbacksEventList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/callbacks/get-event-by-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Event by ID
         * @description Retrieve the full details of a specific callback event, including the payload delivered, delivery status, and attempt history.
         */
        post: operations["callbacksGetEventById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/callbacks/get-queue-by-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Queue by ID
         * @description Retrieve the current delivery queue entry and status for a specific callback.
         */
        get: operations["callbacksGetQueueById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/callbacks/queue-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue List
         * @description Retrieve a paginated list of callback queue entries for a mailbox, optionally filtered by delivery status.
         */
        post: operations["callbacksQueueList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/callbacks/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test Callback
         * @description Send a test POST to your registered callback endpoint and return the HTTP response received from your server.
         *
         *     **Tip:** Use this endpoint immediately after creating a callback to verify that your endpoint is reachable and responding correctly before relying on it in production.
         */
        post: operations["callbacksTestCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/callbacks/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Callback
         * @description Modify the URL, event type, status, or authentication settings of an existing callback registration.
         */
        post: operations["callbacksUpdateCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/carboncopies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Carbon Copy
         * @description Retrieves the details of a specific carbon copy rule by its unique ID.
         */
        get: operations["carbonCopiesGetCarbonCopy"];
        put?: never;
        post?: never;
        /**
         * Delete Carbon Copy
         * @description Permanently deletes a carbon copy rule, stopping all future traffic duplication for that rule.
         */
        delete: operations["carbonCopiesDeleteCarbonCopy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/carboncopies/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Carbon Copy
         * @description Creates a new carbon copy rule that automatically duplicates EDI traffic from one mailbox to another.
         */
        post: operations["carbonCopiesCreateCarbonCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/carboncopies/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Carbon Copies
         * @description Returns a paginated list of carbon copy rules for a given mailbox, optionally filtered by status.
         */
        post: operations["carbonCopiesListCarbonCopies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/carboncopies/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Carbon Copy
         * @description Updates the status or direction of an existing carbon copy rule.
         */
        put: operations["carbonCopiesUpdateCarbonCopy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/certificates/add-private": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Private Certificate
         * @description Uploads and associates a private certificate with a communication channel (Comm) for AS2 or encryption use.
         */
        post: operations["certificatesAddPrivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/certificates/add-public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Public Certificate
         * @description Uploads and associates a trading partner's public certificate with a communication channel for AS2 signature verification or encryption.
         */
        post: operations["certificatesAddPublic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/certificates/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Certificate
         * @description Generates a new private certificate for a communication channel, creating the key pair on the ECGrid platform.
         */
        post: operations["certificatesCreateCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/certificates/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew Certificate
         * @description Renews an existing private certificate for a communication channel, generating a new key pair while preserving an overlap period for a graceful transition.
         */
        post: operations["certificatesRenewCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/certificates/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate Certificate
         * @description Permanently terminates a certificate associated with a communication channel, revoking its use for AS2 or encryption operations.
         *
         *     **Warning (Irreversible Action):** Terminating a certificate used for active AS2 connections will immediately break EDI delivery for that channel. Ensure the trading partner has accepted a replacement certificate before terminating the existing one, or use the overlap period provided by Renew Certificate.
         */
        post: operations["certificatesTerminateCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/comms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Comm
         * @description Retrieves the details of a specific communication channel (Comm) by its unique ID.
         */
        get: operations["commsGetComm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/comms/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Comm
         * @description Creates a new communication channel for a mailbox, defining the technical connection details for EDI delivery via AS2, FTP, SFTP, or another supported protocol.
         */
        post: operations["commsCreateComm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/comms/find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find Comm
         * @description Searches for communication channels by identifier string, optionally filtered by channel type.
         */
        post: operations["commsFindComm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/comms/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Comms
         * @description Returns a list of communication channels, optionally filtered by type, use type, and other criteria.
         */
        post: operations["commsListComms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/comms/pair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comm Pair
         * @description Returns the communication path between two ECGrid IDs, showing which Comm channels are used for routing EDI traffic from one trading partner to another.
         */
        post: operations["commsCommPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/comms/set-pair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set Pair
         * @description Sets or updates the preferred communication channel pairing between two ECGrid IDs, directing how EDI traffic is routed between them.
         */
        post: operations["commsSetPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/comms/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Comm
         * @description Updates the identifier or status of an existing communication channel.
         */
        put: operations["commsUpdateComm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/comms/update-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Comm Config
         * @description Updates the extended configuration settings of a communication channel, such as connection parameters, authentication details, and protocol-specific options.
         */
        put: operations["commsUpdateConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update User
         * @description Updates profile information for an existing user account.
         */
        put: operations["usersUpdateUser"];
        /**
         * Create User
         * @description Creates a new user account within the specified network and mailbox context.
         */
        post: operations["usersCreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get User
         * @description Retrieves detailed information about a specific user by their User ID.
         */
        get: operations["usersGetUser"];
        put?: never;
        post?: never;
        /**
         * Terminate User
         * @description Permanently terminates a user account, revoking all access and invalidating all sessions and API keys.
         *
         *     **Warning:** Terminating a user account is permanent and cannot be undone. All active sessions and API keys for the user will be immediately invalidated. Confirm the correct User ID before calling this endpoint.
         */
        delete: operations["usersTerminateUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/by-name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get User by Name
         * @description Searches for users matching a given login name and returns all matching `UserIDInfo` records.
         */
        post: operations["usersGetByName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/generate-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Password
         * @description Generates a random password that meets ECGrid complexity requirements, ready to use with Update Password or Create User.
         */
        post: operations["usersGeneratePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/key-generate/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate API Key
         * @description Generates a new API key for a specific user, immediately invalidating their previous key.
         *
         *     **Caution:** Generating a new API key **immediately invalidates the user's existing key**. Any integrations, scripts, or services still using the old key will stop authenticating until they are updated with the new key. Coordinate key rotation carefully before calling this endpoint.
         */
        post: operations["usersGenerateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/key/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get API Key
         * @description Retrieves the current API key for a specific user by their User ID.
         *
         *     **Note:** This operation requires `NetworkAdmin` or higher `AuthLevel`. Users may retrieve their own API key via Get Me and Generate API Key.
         */
        get: operations["usersGetApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Users
         * @description Returns a paginated list of users filtered by network, mailbox, auth level, and status.
         */
        post: operations["usersListUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Me
         * @description Returns the `UserIDInfo` for the currently authenticated user based on the API key or JWT token in the request.
         *
         *     This endpoint is useful for confirming which user context an API key belongs to, verifying the effective `AuthLevel`, and troubleshooting authentication issues without needing to know a specific User ID.
         */
        get: operations["usersGetMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Password
         * @description Sets a new password for a specified user account.
         *
         *     **Note:** This is an administrative operation that requires `NetworkAdmin` or higher `AuthLevel`. Use Generate Password to create a compliant random password before calling this endpoint if needed.
         */
        post: operations["usersUpdatePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/reset/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset Sessions
         * @description Invalidates all open JWT sessions for a specified user, forcing them to re-authenticate on their next request.
         *
         *     This endpoint is particularly useful for security incidents — for example, if a user's credentials are suspected to be compromised, calling this endpoint immediately revokes all active bearer tokens without requiring an API key rotation.
         */
        post: operations["usersResetSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set Role
         * @description Updates the `AuthLevel` (permission role) for a specified user, optionally scoping the role to a specific network or mailbox.
         *
         *     **Caution:** Elevating a user's `AuthLevel` grants them additional access to networks, mailboxes, and ECGrid IDs. The `Root` and `TechOps` roles provide the broadest system access and should be assigned only to fully trusted administrators. Confirm the correct User ID and intended role before calling this endpoint.
         */
        post: operations["usersSetRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/send-sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send SMS
         * @description Sends an SMS text message to a user's configured mobile phone number.
         *
         *     **Note:** The target user must have a cell phone number and cell carrier configured in their account. If either is missing or the carrier is unsupported, the message will not be delivered.
         */
        post: operations["usersSendSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/set-network-mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set Network Mailbox
         * @description Changes the network and mailbox context associated with a user account.
         */
        post: operations["usersSetNetworkMailbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/update-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Config
         * @description Updates advanced configuration settings for a specified user account, including notification preferences, cell phone contact information, and other user-level options.
         */
        post: operations["usersUpdateConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Key
         * @description Removes one key/value record from a system object (ECGridOS `KeyRemove(Key, SystemObject, ObjectID, Visibility)`).
         *
         *     The reference page describes this as deleting an API key by `keyId`; that body is still accepted (deprecated).
         */
        delete: operations["keysDeleteKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/keys/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Key
         * @description Sets a key/value record on a system object (ECGridOS `KeySet(Key, SystemObject, ObjectID, Visibility, Value, Meta, DaysToLive)`).
         *
         *     The reference page describes this as generating an API key for a user; that body (`userId`, `visibility`) is still accepted (deprecated).
         */
        post: operations["keysCreateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/keys/get-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Key
         * @description Reads one key/value record of a system object (ECGridOS `KeyGet(Key, SystemObject, ObjectID, Visibility)`).
         *
         *     The reference page describes this as retrieving a user's API key by `userId`; that body is still accepted (deprecated).
         */
        post: operations["keysGetKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/keys/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Keys
         * @description Lists the key/value records of a system object (ECGridOS `KeyList(SystemObject, ObjectID)`).
         *
         *     The reference page describes this as listing a user's API keys by `userId`; that body is still accepted (deprecated).
         */
        post: operations["keysListKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/portals/by-mailbox/{mailboxId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Portal by Mailbox
         * @description Retrieves the portal configuration associated with a specific ECGrid mailbox.
         */
        get: operations["portalsGetPortalByMailbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/portals/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Portal
         * @description Creates a new customer-facing web portal configuration and links it to the specified ECGrid mailbox.
         */
        post: operations["portalsCreatePortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/{ShowInactive}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report List
         * @description Returns a list of available reports, with an option to include inactive reports.
         */
        get: operations["reportsReportList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/bydate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report by Date
         * @description Runs a specific report for a given date range and returns the resulting data rows.
         */
        post: operations["reportsReportByDate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/instant-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instant Stats
         * @description Returns real-time parcel activity counts for two configurable trailing time windows.
         *
         *     This endpoint is designed for operational dashboards and health checks — it gives a live count of how many parcels have been processed in the last N minutes across two independently configurable windows (for example, the last 5 minutes versus the last 60 minutes).
         */
        post: operations["reportsInstantStats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/interchange-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Interchange Stats
         * @description Returns interchange statistics grouped by time period for a specified date range and direction.
         */
        post: operations["reportsInterchangeStats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/mailbox-interchange-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mailbox Interchange Stats
         * @description Returns interchange-level statistics for the mailbox associated with the authenticated session.
         */
        get: operations["reportsMailboxInterchangeStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/mailbox-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mailbox Stats
         * @description Returns an overall activity summary for the mailbox associated with the authenticated session.
         */
        get: operations["reportsMailboxStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Monthly Report
         * @description Generates and returns a monthly dataset for the specified report type and calendar month.
         */
        post: operations["reportsMonthlyReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/traffic-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Traffic Stats
         * @description Returns traffic volume statistics across multiple time periods, centered on a target timestamp.
         */
        post: operations["reportsTrafficStats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/status-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Status Lists
         * @description Returns the authoritative list of all valid status codes supported by the current API version, covering parcels, interchanges, and other tracked objects.
         *
         *     **Tip (Cache This Response):** Status code values are stable and rarely change between API versions. This response is safe to cache in your application for extended periods. Re-fetch it when upgrading to a new API version to detect any additions or changes.
         */
        get: operations["statusListsGetStatusLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    callbackDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Callback delivery (ECGrid → your endpoint)
         * @description ECGrid POSTs one JSON event to the `url` of a callback registration (`POST /v2/callbacks/create`)
         *     when the registered event occurs, and `POST /v2/callbacks/test` sends a synthetic one. Authentication is
         *     the registration's `httpAuthType` with its `username`/`password` (`Basic`; `Digest` and ECGridOS'
         *     `Certificate` exist too, `None` sends nothing): no signature header, no shared-secret header is
         *     documented. Answer 2xx quickly — a slow or non-2xx answer counts as a failed attempt and is retried
         *     (`retries` / `maxRetries`).
         *
         *     The sources document two payload shapes, both accepted (all fields optional, names tolerated in
         *     either casing): the guide's event object (`eventId`, `callBackQueueId`, `callBackEvent`, `ecGridId`,
         *     `mailboxId`, `parcelId`, `fileName`, `eventDateTime`, `isTest`) and the parcel record stored as the
         *     `payload` of a callback event (`callbacks/get-event-by-id.md`: `parcelId`, `status`, `created`);
         *     ECGridOS' queue-entry fields (`callBackEventId`, `objectId`, `test`, `date`) are accepted as alternatives.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallbackDeliveryPayload"];
                };
            };
            responses: {
                /** @description Received. Any 2xx counts as delivered; the body is ignored. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The delivery's credentials are missing or wrong. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Standard success envelope. Every operation narrows `data` to its own payload type. Two envelopes are documented and both are accepted (NOTES `X10-ENV-1`): the reference pages' `{success, data, errorCode, message}` and the getting-started guide's `{httpStatus, message, traceId, success, data}` — only `success` and `data` are required; further envelope properties may appear. */
        ApiResponse: {
            /**
             * Format: int32
             * @description HTTP status code of the response (getting-started envelope only).
             */
            httpStatus?: number;
            /** @description Optional message describing the response; empty string or `null` on a routine success. */
            message?: string | null;
            /** @description Trace identifier for log correlation (getting-started envelope only) — provide it to support when reporting an issue. */
            traceId?: string;
            /** @description Legacy error code of the pages' envelope; empty string or `null` on a success. */
            errorCode?: string | null;
            /** @description `true` when the operation completed successfully. */
            success: boolean;
            /** @description Endpoint-specific payload (object, list, scalar, or `null` when the operation has no payload). */
            data: unknown;
        };
        /** @description Standard error envelope returned with every non-2xx status. Two envelopes are documented and both are accepted (NOTES `X10-ENV-2`): the error guide's and `appendix/error-codes.md`'s `{success: false, errorCode, message, data: null}` and the getting-started guide's `{httpStatus, success, message, detail, traceId, errorInfo}` — only `success` and `message` are required. */
        ApiErrorResponse: {
            /** @description Legacy error code (`InvalidAPIKey`, `AccessDenied`, `ObjectNotFound`, …) of the pages' error envelope. */
            errorCode?: string | null;
            /** @description Always `null` on an error response (pages' error envelope). */
            data?: null;
            /**
             * Format: int32
             * @description HTTP status code of the error.
             */
            httpStatus?: number;
            /**
             * @description Always `false` on an error response.
             * @constant
             */
            success: false;
            /** @description Short, user-facing description of the error; safe to display. */
            message: string;
            /** @description Optional additional context or remediation guidance; `null` when none applies. */
            detail?: string | null;
            /** @description Correlation ID — include it in any support request. */
            traceId?: string;
            /** @description ECGridOS SOAP error details; populated only when the error was surfaced by an underlying ECGridOS call, otherwise `null`. */
            errorInfo?: components["schemas"]["ECGridOSErrorInfo"] | null;
        };
        /** @description Details of an error raised by the underlying ECGridOS (SOAP) layer. The reference documents the SOAP fault (`faultcode`, `faultstring`, `ECGridOSSOAPErrorCode`) but not its JSON rendering, so all properties are optional and further properties may appear. */
        ECGridOSErrorInfo: {
            /** @description ECGridOSSOAPErrorCode — a category such as `Authentication`, `Authorization`, `ObjectNotFound`, `InvalidParameter`, `SystemError` (the error guide also shows numeric codes). */
            errorCode?: string | number;
            /** @description SOAP fault code: `soap:Client` for caller errors, `soap:Server` for server-side errors. */
            faultCode?: string;
            /** @description Human-readable SOAP fault description. */
            faultString?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A parcel status as responses carry it — `ParcelStatus`, plus `OutBoxDelivered` (`parcels/outbox-list.md`) and `OutBoxQueued` (`guides/common-operations/upload-a-file.md`). Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        ParcelStatusOpen: components["schemas"]["ParcelStatus"] | ("OutBoxDelivered" | "OutBoxQueued") | (string & {});
        /** @description A lifecycle status (`Status`) as responses carry it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        StatusOpen: components["schemas"]["Status"] | (string & {});
        /**
         * @description ECGridOS' interconnect (partner) status (WSDL `StatusInterconnect`; the MCP partner tools' allowed values).
         * @enum {string}
         */
        StatusInterconnect: "Pending" | "Completed" | "Canceled" | "Delayed" | "Problem" | "AuthorizationRequired" | "NoStatusChange";
        /**
         * @description ECGridOS' ECGrid ID status (WSDL `StatusECGridID`).
         * @enum {string}
         */
        StatusECGridID: "Active" | "AutoRoute" | "Pending" | "Suspended" | "Terminated" | "Duplicate";
        /**
         * @description ECGridOS' callback queue entry status (WSDL `StatusCallBack`).
         * @enum {string}
         */
        StatusCallBack: "Active" | "Pending" | "Completed" | "Error" | "Canceled";
        /** @description A partner (interconnect) status as responses carry it: the pages' `Status` or ECGridOS' `StatusInterconnect`. Open (NOTES `X10-ENUM-1`, `X10-PTN-1`): any other string is accepted too. */
        InterconnectStatusOpen: components["schemas"]["Status"] | components["schemas"]["StatusInterconnect"] | (string & {});
        /** @description An ECGrid ID status as responses carry it: the pages' `Status`, ECGridOS' `StatusECGridID` or the MCP tools' `Inactive`. Open (NOTES `X10-ENUM-1`, `X10-ID-1`): any other string is accepted too. */
        ECGridIDStatusOpen: components["schemas"]["Status"] | components["schemas"]["StatusECGridID"] | "Inactive" | (string & {});
        /** @description A callback registration or queue entry status as responses carry it: ECGridOS' `StatusCallBack` or the pages' `Status`. Open (NOTES `X10-ENUM-1`, `X10-CB-5`): any other string is accepted too. */
        CallBackStatusOpen: components["schemas"]["StatusCallBack"] | components["schemas"]["Status"] | (string & {});
        /**
         * @description The event of a callback delivery (`guides/common-operations/configure-callbacks.md`, "Callback Events").
         *
         *     - `InBox` — a parcel has arrived and is ready for download
         *     - `OutBox` — an outbound parcel was delivered
         *     - `InBoxError` — an inbound parcel failed to reach the mailbox
         *     - `OutBoxError` — an outbound parcel could not be delivered to the trading partner
         *     - `ConfirmDelivery` — a parcel download was confirmed by the recipient
         * @enum {string}
         */
        CallbackEventType: "InBox" | "OutBox" | "InBoxError" | "OutBoxError" | "ConfirmDelivery";
        /** @description A callback delivery's event (`CallbackEventType`) as ECGrid sends it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        CallbackEventTypeOpen: components["schemas"]["CallbackEventType"] | (string & {});
        /** @description The JSON body of a callback delivery (webhook `callbackDelivery`): the union of the guide's event, the stored `payload` of `callbacks/get-event-by-id.md` and ECGridOS' queue-entry names. Every field is optional; the `@edi-clients/ecgrid/webhooks` handler normalises the variants to one event shape. */
        CallbackDeliveryPayload: {
            /**
             * Format: int64
             * @description The event's ID (guide).
             */
            eventId?: number;
            /**
             * Format: int64
             * @description The queue entry (delivery attempt) this POST belongs to (guide, ECGridOS `CallBackQueueID`).
             */
            callBackQueueId?: number;
            /**
             * Format: int32
             * @description The callback registration (ECGridOS `CallBackEventID`; the pages' `callbackId`).
             */
            callBackEventId?: number;
            /**
             * Format: int32
             * @description The callback registration, as the pages name it.
             */
            callbackId?: number;
            callBackEvent?: components["schemas"]["CallbackEventTypeOpen"];
            event?: components["schemas"]["ObjectsOpen"];
            systemObject?: components["schemas"]["ObjectsOpen"];
            direction?: components["schemas"]["DirectionOpen"];
            /** Format: int32 */
            networkId?: number;
            /** Format: int32 */
            mailboxId?: number;
            /** Format: int64 */
            ecGridId?: number;
            /** Format: int64 */
            parcelId?: number;
            /** Format: int64 */
            interchangeId?: number;
            /**
             * Format: int64
             * @description ECGridOS `ObjectID`, the object the event is about (a parcel ID for parcel events).
             */
            objectId?: number;
            fileName?: string;
            status?: components["schemas"]["ParcelStatusOpen"];
            /** Format: date-time */
            eventDateTime?: string;
            /** Format: date-time */
            created?: string;
            /** Format: date-time */
            date?: string;
            isTest?: boolean;
            test?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description An interchange status name as responses carry it: the interchange pages' `Status`, the parcel-like names of `appendix/interchange-status-codes.md` (`ParcelStatus`) and the status-lists example's `Received`/`Delivered`. Open (NOTES `X10-ENUM-1`, `X10-ICH-1`): any other string is accepted too (e.g. numeric codes such as `"4000"`). */
        InterchangeStatusOpen: components["schemas"]["Status"] | components["schemas"]["ParcelStatus"] | ("Received" | "Delivered") | (string & {});
        /** @description A system object type (`Objects`) as responses carry it, plus the WSDL's `ParcelNotes` and the MCP tools' spellings `EcgridId`, `As2`, `Gisb`. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        ObjectsOpen: components["schemas"]["Objects"] | ("ParcelNotes" | "EcgridId" | "As2" | "Gisb") | (string & {});
        /** @description An HTTP authentication type as responses carry it, plus the WSDL's `Certificate`. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        HTTPAuthTypeOpen: components["schemas"]["HTTPAuthType"] | "Certificate" | (string & {});
        /** @description A communication channel type as responses carry it, plus the WSDL's `ftpsslexplicit`. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        NetworkGatewayCommChannelOpen: components["schemas"]["NetworkGatewayCommChannel"] | "ftpsslexplicit" | (string & {});
        /** @description An EDI standard as responses carry it, plus the WSDL's `PEPPOL`. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        EDIStandardOpen: components["schemas"]["EDIStandard"] | "PEPPOL" | (string & {});
        /** @description A use type (`UseType`) as responses carry it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        UseTypeOpen: components["schemas"]["UseType"] | (string & {});
        /** @description A direction (`Direction`) as responses carry it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        DirectionOpen: components["schemas"]["Direction"] | (string & {});
        /** @description An authorisation level (`AuthLevel`) as responses carry it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        AuthLevelOpen: components["schemas"]["AuthLevel"] | (string & {});
        /** @description A key visibility (`KeyVisibility`) as responses carry it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        KeyVisibilityOpen: components["schemas"]["KeyVisibility"] | (string & {});
        /** @description A routing group (`RoutingGroup`) as responses carry it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        RoutingGroupOpen: components["schemas"]["RoutingGroup"] | (string & {});
        /** @description A network contact type (`NetworkContactType`) as responses carry it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        NetworkContactTypeOpen: components["schemas"]["NetworkContactType"] | (string & {});
        /** @description A cell carrier (`CellCarrier`) as responses carry it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        CellCarrierOpen: components["schemas"]["CellCarrier"] | (string & {});
        /** @description An AS2 receipt type (`ReceiptType`) as responses carry it. Open (NOTES `X10-ENUM-1`): the known values are listed for autocomplete, and any other string the service sends is accepted too. */
        ReceiptTypeOpen: components["schemas"]["ReceiptType"] | (string & {});
        /** @description A status as an object (the MCP tools' nested `status`; NOTES `X10-PAR-2`, `X10-ICH-1`). */
        StatusDetail: {
            /** @description Status name or numeric code. */
            code?: string | number;
            /** @description Meaning of the status. */
            description?: string;
            /**
             * Format: date-time
             * @description When the status was set (UTC).
             */
            statusDate?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The upload result as the upload guides show it (NOTES `X10-PAR-1`); the endpoint page returns the bare parcel ID. */
        ParcelUploadResult: {
            /**
             * Format: int64
             * @description ID of the newly created outbound parcel.
             */
            parcelId?: number;
            /**
             * Format: int64
             * @description Spelling of `parcelId` (ECGridOS casing, NOTES R7).
             */
            parcelID?: number;
            /** @description File name of the parcel. */
            fileName?: string;
            /** @description Delivery state after the upload (the guides show `OutBoxQueued`). */
            status?: components["schemas"]["ParcelStatusOpen"];
            /**
             * Format: int64
             * @description File size in bytes.
             */
            size?: number;
        };
        /** @description The confirm-download result as `guides/common-operations/confirm-download.md` shows it (NOTES `X10-PAR-4`); the endpoint page returns `true`. */
        ParcelConfirmResult: {
            /**
             * Format: int64
             * @description The confirmed parcel.
             */
            parcelId?: number;
            /** @description Delivery state after the confirmation (the guide shows `InBoxTransferred`). */
            status?: components["schemas"]["ParcelStatusOpen"];
        };
        /** @description ECGridOS' paged parcel list (`ParcelIDInfoCollection`, NOTES `X10-PAR-3`). */
        ParcelIDInfoCollection: {
            /**
             * Format: int32
             * @description Page size.
             */
            pageSize?: number;
            /**
             * Format: int32
             * @description Page number (1-based).
             */
            pageNumber?: number;
            /**
             * Format: int32
             * @description Items on this page.
             */
            count?: number;
            /**
             * Format: int32
             * @description Total number of matching records.
             */
            totalRecords?: number;
            /**
             * Format: int32
             * @description Total number of pages.
             */
            totalPages?: number;
            /** @description Parcels on this page. */
            parcelIDInfoList?: components["schemas"]["ParcelIDInfo"][];
        };
        /** @description ECGridOS' paged interchange list (`InterchangeIDInfoCollection`, NOTES `X10-ICH-1`). */
        InterchangeIDInfoCollection: {
            /**
             * Format: int32
             * @description Page size.
             */
            pageSize?: number;
            /**
             * Format: int32
             * @description Page number (1-based).
             */
            pageNumber?: number;
            /**
             * Format: int32
             * @description Items on this page.
             */
            count?: number;
            /**
             * Format: int32
             * @description Total number of matching records.
             */
            totalRecords?: number;
            /**
             * Format: int32
             * @description Total number of pages.
             */
            totalPages?: number;
            /** @description Interchanges on this page. */
            interchangeIDInfoList?: components["schemas"]["InterchangeIDInfo"][];
        };
        /** @description ECGridOS' paged ECGrid ID list (`ECGridIDInfoCollection`, NOTES `X10-ID-2`). */
        ECGridIDInfoCollection: {
            /**
             * Format: int32
             * @description Page size.
             */
            pageSize?: number;
            /**
             * Format: int32
             * @description Page number (1-based).
             */
            pageNumber?: number;
            /**
             * Format: int32
             * @description Items on this page.
             */
            count?: number;
            /**
             * Format: int32
             * @description Total number of matching records.
             */
            totalRecords?: number;
            /**
             * Format: int32
             * @description Total number of pages.
             */
            totalPages?: number;
            /** @description ECGrid IDs on this page. */
            ecGridIDInfoList?: components["schemas"]["ECGridIDInfo"][];
        };
        /** @description ECGridOS' resend result (`InterchangeIDStatus`, NOTES `X10-ICH-1`). */
        InterchangeIDStatus: {
            /**
             * Format: int64
             * @description ID of the resent interchange.
             */
            id?: number;
            /**
             * Format: date-time
             * @description When the interchange was processed (UTC).
             */
            interchangeProcessDate?: string;
            /**
             * Format: int32
             * @description Sender ECGrid ID.
             */
            ecGridIdFrom?: number;
            /**
             * Format: int32
             * @description Recipient ECGrid ID.
             */
            ecGridIdTo?: number;
            /**
             * Format: int64
             * @description Size in bytes.
             */
            bytes?: number;
            /** @description Status code. */
            statusCode?: string;
            /**
             * Format: date-time
             * @description When the status was set (UTC).
             */
            statusDate?: string;
            /**
             * Format: int64
             * @description Inbound parcel created by the resend.
             */
            parcelIdInbox?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description ECGridOS' status-list entry (`StatusInfo`, NOTES `X10-STAT-1`). */
        StatusInfo: {
            /** @description Status code (numeric in ECGridOS). */
            code?: string | number;
            /** @description Object type the code belongs to. */
            qualifier?: string;
            /** @description Meaning of the code. */
            message?: string;
            /** @description Severity level. */
            level?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description ECGridOS' parcel validation state (WSDL `ParcelValid`; `VallidRouted` is the WSDL's spelling).
         * @enum {string}
         */
        ParcelValid: "Pending" | "Invalid" | "Valid" | "PartialValid" | "ValidNoneRouted" | "Duplicate" | "ZeroByte" | "VallidRouted" | "ValidPartialRouted" | "ValidNoneRoutedx";
        /** @description `ParcelValid` as responses carry it. Open (NOTES `X10-ENUM-1`): any other string is accepted too. */
        ParcelValidOpen: components["schemas"]["ParcelValid"] | (string & {});
        /**
         * @description ECGridOS' manifest entry type (WSDL `ManifestType`).
         * @enum {string}
         */
        ManifestType: "System" | "Error" | "Manual" | "ECGridOS";
        /** @description `ManifestType` as responses carry it. Open (NOTES `X10-ENUM-1`): any other string is accepted too. */
        ManifestTypeOpen: components["schemas"]["ManifestType"] | (string & {});
        /**
         * @description ECGridOS' network type (WSDL `NetworkType`).
         * @enum {string}
         */
        NetworkType: "Network" | "Router";
        /** @description `NetworkType` as responses carry it. Open (NOTES `X10-ENUM-1`): any other string is accepted too. */
        NetworkTypeOpen: components["schemas"]["NetworkType"] | (string & {});
        /**
         * @description ECGridOS' network run status (WSDL `NetworkRunStatus`).
         * @enum {string}
         */
        NetworkRunStatus: "Restart" | "OffLine" | "Active" | "Sleeping" | "Alert";
        /** @description `NetworkRunStatus` as responses carry it. Open (NOTES `X10-ENUM-1`): any other string is accepted too. */
        NetworkRunStatusOpen: components["schemas"]["NetworkRunStatus"] | (string & {});
        /**
         * @description ECGridOS' network outage state (WSDL `NetworkStatus`).
         * @enum {string}
         */
        NetworkStatus: "Redirected" | "NormalOperation" | "ECGridScheduledOutage" | "ECGridUnscheduledOutage" | "NetworkScheduledOutage" | "NetworkUnscheduledOutage";
        /** @description `NetworkStatus` as responses carry it. Open (NOTES `X10-ENUM-1`): any other string is accepted too. */
        NetworkStatusOpen: components["schemas"]["NetworkStatus"] | (string & {});
        /** @description A callback event (one notification for one object). List endpoints return a subset of the fields; Get Event by ID returns all of them. */
        CallbackEventInfo: {
            /**
             * Format: int32
             * @description Unique callback event ID.
             */
            callbackEventId?: number;
            /**
             * Format: int32
             * @description Callback that produced the event.
             */
            callbackId?: number;
            /** @description Event type. */
            event?: components["schemas"]["ObjectsOpen"];
            /**
             * Format: int32
             * @description Mailbox the event belongs to.
             */
            mailboxId?: number;
            /**
             * Format: int64
             * @description ID of the object the event is about (e.g. a parcel ID).
             */
            objectId?: number;
            /** @description The JSON payload posted to the endpoint, as a string (Get Event by ID only). */
            payload?: string;
            /** @description Event status. */
            status?: components["schemas"]["CallBackStatusOpen"];
            /**
             * Format: int32
             * @description Number of delivery attempts (Get Event by ID only).
             */
            attempts?: number;
            /**
             * Format: date-time
             * @description When the event was created (UTC).
             */
            created?: string;
            /**
             * Format: date-time
             * @description Last delivery attempt (UTC; Get Event by ID only).
             */
            lastAttempt?: string;
            /**
             * Format: date-time
             * @description When the event was delivered (UTC).
             */
            delivered?: string;
            /**
             * Format: int32
             * @description HTTP status returned by the endpoint.
             */
            httpStatus?: number;
            /**
             * Format: int32
             * @description Registration ID (ECGridOS casing).
             */
            callBackEventId?: number;
            /**
             * Format: int32
             * @description Network (ECGridOS).
             */
            networkId?: number;
            /**
             * Format: int32
             * @description User (ECGridOS).
             */
            userId?: number;
            /**
             * Format: date-time
             * @description Modified (UTC).
             */
            modified?: string;
            /** @description Object type (ECGridOS). */
            systemObject?: components["schemas"]["ObjectsOpen"];
            /**
             * Format: int32
             * @description Object status filter (ECGridOS).
             */
            objectStatus?: number;
            /** @description Status code (ECGridOS). */
            statusCode?: string | number;
            /** @description Direction (ECGridOS). */
            direction?: components["schemas"]["DirectionOpen"];
            /**
             * Format: int32
             * @description Frequency (ECGridOS).
             */
            frequency?: number;
            /**
             * Format: int32
             * @description Maximum calls (ECGridOS).
             */
            maxCalls?: number;
            /** @description Webhook URL (ECGridOS). */
            url?: string;
            /** @description HTTP authentication type (MCP). */
            httpAuthType?: components["schemas"]["HTTPAuthTypeOpen"];
            /** @description HTTP authentication (ECGridOS; the password is a secret). */
            httpAuthentication?: {
                [key: string]: unknown;
            };
            /** @description Queue entries (ECGridOS). */
            callBackQueue?: components["schemas"]["CallBackQueueIDInfo"][];
        };
        /** @description A page of callback events. */
        CallbackEventList: components["schemas"]["PageInfo"] & {
            /** @description Events on this page. */
            events?: components["schemas"]["CallbackEventInfo"][];
        };
        /** @description A registered webhook callback. */
        CallbackInfo: {
            /**
             * Format: int32
             * @description Unique callback ID.
             */
            callbackId?: number;
            /**
             * Format: uri
             * @description Webhook URL ECGrid POSTs to.
             */
            url?: string;
            /** @description Event type that triggers the callback. */
            event?: components["schemas"]["ObjectsOpen"];
            /**
             * Format: int32
             * @description Mailbox scope (0 = not mailbox-scoped).
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Network scope (0 = not network-scoped).
             */
            networkId?: number;
            /** @description Authentication ECGrid uses when calling the endpoint. */
            httpAuthType?: components["schemas"]["HTTPAuthTypeOpen"];
            /** @description Callback status. */
            status?: components["schemas"]["CallBackStatusOpen"];
            /**
             * Format: int32
             * @description Registration ID (ECGridOS `CallBackEventIDInfo`).
             */
            callBackEventId?: number;
            /**
             * Format: int64
             * @description ID returned by create in `guides/common-operations/configure-callbacks.md`.
             */
            callBackQueueId?: number;
            /** @description Webhook URL (guides). */
            callBackUrl?: string;
            /** @description Event (guides). */
            callBackEvent?: string;
            /** @description Object type (ECGridOS; the page says `event`). */
            systemObject?: components["schemas"]["ObjectsOpen"];
            /** @description Direction (ECGridOS). */
            direction?: components["schemas"]["DirectionOpen"];
            /**
             * Format: int32
             * @description Frequency (ECGridOS).
             */
            frequency?: number;
            /**
             * Format: int32
             * @description Maximum calls (ECGridOS).
             */
            maxCalls?: number;
            /**
             * Format: int32
             * @description Maximum retries (ECGridOS).
             */
            maxRetries?: number;
            /**
             * Format: int32
             * @description Object status filter (ECGridOS).
             */
            objectStatus?: number;
            /**
             * Format: int32
             * @description User (ECGridOS).
             */
            userId?: number;
            /**
             * Format: date-time
             * @description Created (UTC).
             */
            created?: string;
            /**
             * Format: date-time
             * @description Modified (UTC).
             */
            modified?: string;
            /** @description HTTP authentication (ECGridOS; the password is a secret). */
            httpAuthentication?: {
                [key: string]: unknown;
            };
        };
        /** @description Delivery queue entry of a callback. */
        CallBackQueueIDInfo: {
            /**
             * Format: int32
             * @description Callback ID.
             */
            callbackId?: number;
            /**
             * Format: uri
             * @description Webhook URL.
             */
            url?: string;
            /** @description Event type. */
            event?: components["schemas"]["ObjectsOpen"];
            /**
             * Format: int32
             * @description Mailbox scope (returned by Queue List).
             */
            mailboxId?: number;
            /**
             * Format: date-time
             * @description When the entry was queued (UTC).
             */
            queuedAt?: string;
            /**
             * Format: date-time
             * @description Last delivery attempt (UTC).
             */
            lastAttempt?: string;
            /**
             * Format: int32
             * @description Number of delivery attempts.
             */
            attempts?: number;
            /** @description Delivery status. */
            status?: components["schemas"]["CallBackStatusOpen"];
            /**
             * Format: int32
             * @description HTTP status returned by the endpoint on the last attempt.
             */
            lastHttpStatus?: number;
            /**
             * Format: int64
             * @description Queue entry ID (ECGridOS).
             */
            callBackQueueId?: number;
            /**
             * Format: date-time
             * @description Queued (ECGridOS, UTC).
             */
            date?: string;
            /** @description The registration (ECGridOS, lite). */
            callBackEvent?: {
                [key: string]: unknown;
            };
            /**
             * Format: int32
             * @description Calls remaining (ECGridOS).
             */
            callsRemaining?: number;
            /**
             * Format: date-time
             * @description Next call (UTC).
             */
            nextCall?: string;
            /**
             * Format: int64
             * @description Object (ECGridOS).
             */
            objectId?: number;
            /**
             * Format: int32
             * @description User (ECGridOS).
             */
            userId?: number;
            /** @description Test entry (ECGridOS). */
            test?: boolean;
            /** @description Delivery log (ECGridOS). */
            callBackLog?: {
                [key: string]: unknown;
            }[];
        };
        /** @description A page of callback queue entries. */
        CallbackQueueList: components["schemas"]["PageInfo"] & {
            /** @description Queue entries on this page. */
            queueEntries?: components["schemas"]["CallBackQueueIDInfo"][];
        };
        /** @description Result of a test delivery to a callback endpoint. */
        CallbackTestResult: {
            /**
             * Format: int32
             * @description Callback ID.
             */
            callbackId?: number;
            /**
             * Format: uri
             * @description Webhook URL that was called.
             */
            url?: string;
            /**
             * Format: int32
             * @description HTTP status returned by the endpoint.
             */
            httpStatus?: number;
            /** @description Response body returned by the endpoint. */
            responseBody?: string;
            /**
             * Format: date-time
             * @description When the test was made (UTC).
             */
            testedAt?: string;
        };
        /** @description A carbon copy rule duplicating traffic from one mailbox to another. */
        CarbonCopyInfo: {
            /**
             * Format: int32
             * @description Unique carbon copy rule ID.
             */
            ccId?: number;
            /**
             * Format: int32
             * @description Source mailbox.
             */
            fromMailboxId?: number;
            /**
             * Format: int32
             * @description Destination mailbox.
             */
            toMailboxId?: number;
            /** @description Rule status. */
            status?: components["schemas"]["StatusOpen"];
            /** @description Traffic direction that is duplicated. */
            direction?: components["schemas"]["DirectionOpen"];
            /**
             * Format: date-time
             * @description When the rule was created (UTC).
             */
            created?: string;
            /**
             * Format: int32
             * @description Spelling of `ccId` (ECGridOS/MCP casing, NOTES R7).
             */
            carbonCopyId?: number;
            /**
             * Format: int32
             * @description Spelling of `ccId` (ECGridOS/MCP casing, NOTES R7).
             */
            carbonCopyID?: number;
            /**
             * Format: int32
             * @description Network (guides, ECGridOS).
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Mailbox (guides, ECGridOS).
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Destination mailbox (guides).
             */
            copyToMailboxId?: number;
            /**
             * Format: date-time
             * @description When the rule was created (guides, UTC).
             */
            createdDate?: string;
            /**
             * Format: date-time
             * @description When the rule was last modified (ECGridOS, UTC).
             */
            modified?: string;
            /** @description Original sender (ECGridOS). */
            originalFrom?: components["schemas"]["ECGridIDInfo"];
            /** @description Original recipient (ECGridOS). */
            originalTo?: components["schemas"]["ECGridIDInfo"];
            /** @description Copy sender (ECGridOS). */
            ccFrom?: components["schemas"]["ECGridIDInfo"];
            /** @description Copy recipient (ECGridOS). */
            ccTo?: components["schemas"]["ECGridIDInfo"];
            /** @description GS sender filter (ECGridOS). */
            gsFrom?: string;
            /** @description GS recipient filter (ECGridOS). */
            gsTo?: string;
            /** @description Transaction-set filter (ECGridOS). */
            transactionSet?: string;
        };
        /** @description A communication channel (Comm) of a mailbox. */
        CommIDInfo: {
            /**
             * Format: int32
             * @description Unique Comm ID.
             */
            commId?: number;
            /**
             * Format: int32
             * @description Mailbox the channel belongs to.
             */
            mailboxId?: number;
            /** @description Protocol of the channel. */
            commType?: components["schemas"]["NetworkGatewayCommChannelOpen"];
            /** @description Channel-specific identifier (AS2 ID, FTP username, ...). */
            identifier?: string;
            /** @description Channel status. */
            status?: components["schemas"]["StatusOpen"];
            /** @description Test / production use. */
            useType?: components["schemas"]["UseTypeOpen"];
            /** @description Whether the channel requires a private key. */
            privateKeyRequired?: boolean;
            /** @description Whether certificates are attached to the channel. */
            withCerts?: boolean;
            /**
             * Format: int32
             * @description Spelling of `commId` (ECGridOS/MCP casing, NOTES R7).
             */
            commID?: number;
            /** @description Protocol of the channel (ECGridOS; the pages say `commType`). */
            type?: components["schemas"]["NetworkGatewayCommChannelOpen"];
            /** @description Protocol version (ECGridOS). */
            version?: string;
            /**
             * Format: date-time
             * @description Created (UTC).
             */
            created?: string;
            /**
             * Format: date-time
             * @description Modified (UTC).
             */
            modified?: string;
            /** @description ECGrid-hosted (ECGridOS). */
            hosted?: boolean;
            /** @description Owner (ECGridOS). */
            owner?: components["schemas"]["UserIDInfo"];
            /**
             * Format: int32
             * @description Network (ECGridOS).
             */
            networkId?: number;
            /** @description Endpoint URL (ECGridOS). */
            url?: string;
            /** @description MIME type override (ECGridOS). */
            mimeTypeOverride?: string;
            /** @description Sign (ECGridOS). */
            signData?: boolean;
            /** @description Encrypt (ECGridOS). */
            encryptData?: boolean;
            /** @description Compress (ECGridOS). */
            compressData?: boolean;
            /**
             * Format: date-time
             * @description Usage start (UTC).
             */
            beginUsage?: string;
            /**
             * Format: date-time
             * @description Usage end (UTC).
             */
            endUsage?: string;
            /** @description Receipt policy (ECGridOS). */
            receipt?: components["schemas"]["ReceiptTypeOpen"];
            /** @description TLS client authentication (ECGridOS). */
            sslClientAuthentication?: boolean;
            /** @description HTTP authentication `{type, user, password}` (ECGridOS; the password is a secret). */
            httpAuthentication?: {
                [key: string]: unknown;
            };
            /** @description Certificates (ECGridOS; `rootInfo` is a secret). */
            certificates?: {
                [key: string]: unknown;
            }[];
        };
        /** @description An ECGrid ID (trading partner ID: ISA qualifier + ISA ID registered to a mailbox). */
        ECGridIDInfo: {
            /**
             * Format: int32
             * @description Numeric ECGrid ID.
             */
            ecGridId?: number;
            /**
             * Format: int32
             * @description Mailbox the ID is assigned to.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Network the ID belongs to.
             */
            networkId?: number;
            /** @description EDI ISA-05/ISA-07 qualifier. */
            qualifier?: string;
            /** @description EDI ISA-06/ISA-08 identifier. */
            id?: string;
            /** @description Human-readable label. */
            description?: string;
            /** @description Lifecycle status of the ID. */
            status?: components["schemas"]["ECGridIDStatusOpen"];
            /** @description Routing group. */
            routingGroup?: components["schemas"]["RoutingGroupOpen"];
            /** @description EDI format standard. */
            ediStandard?: components["schemas"]["EDIStandardOpen"];
            /**
             * Format: int32
             * @description Spelling of `ecGridId` (ECGridOS/MCP casing, NOTES R7).
             */
            ecGridID?: number;
            /**
             * Format: int32
             * @description Spelling of `ecGridId` (ECGridOS/MCP casing, NOTES R7).
             */
            ecgridId?: number;
            /** @description Network name (ECGridOS, MCP). */
            networkName?: string;
            /** @description Mailbox name (ECGridOS, MCP). */
            mailboxName?: string;
            /** @description Data email address (ECGridOS). */
            dataEMail?: string;
            /** @description Data email address (MCP). */
            dataEmail?: string;
            /** @description Whether this is the mailbox's default ID (ECGridOS, MCP). */
            mailboxDefault?: boolean;
            /** @description Test / production use (ECGridOS, MCP). */
            useType?: components["schemas"]["UseTypeOpen"];
            /** @description Owning user (ECGridOS). */
            owner?: components["schemas"]["UserIDInfo"];
            /** @description Ownership record (ECGridOS `ECGridOwnerInfo`: networkId, mailboxId, created, effective, expires, lastTraffic, routingGroup). */
            ownerInfo?: {
                [key: string]: unknown;
            };
            /** @description Mailbox configuration (ECGridOS `MailboxConfig`). */
            config?: {
                [key: string]: unknown;
            };
            /** @description ISA qualifier (guides). */
            isaQualifier?: string;
            /** @description ISA ID (guides). */
            isaId?: string;
            /** @description Company name (guides). */
            companyName?: string;
        };
        /** @description Parcel counts for two trailing time windows. */
        InstantStats: {
            /**
             * Format: int32
             * @description Duration of the first window, as requested.
             */
            window1Minutes?: number;
            /**
             * Format: int32
             * @description Parcels processed within the first window.
             */
            window1Count?: number;
            /**
             * Format: int32
             * @description Duration of the second window, as requested.
             */
            window2Minutes?: number;
            /**
             * Format: int32
             * @description Parcels processed within the second window.
             */
            window2Count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The fields of a parsed ISA interchange header (values are returned verbatim, including padding). */
        InterchangeHeaderInfo: {
            /** @description ISA-01 authorization information qualifier. */
            authorizationInfoQualifier?: string;
            /** @description ISA-02 authorization information. */
            authorizationInfo?: string;
            /** @description ISA-03 security information qualifier. */
            securityInfoQualifier?: string;
            /** @description ISA-04 security information. */
            securityInfo?: string;
            /** @description ISA-05 sender ID qualifier. */
            senderIdQualifier?: string;
            /** @description ISA-06 sender ID. */
            senderId?: string;
            /** @description ISA-07 receiver ID qualifier. */
            receiverIdQualifier?: string;
            /** @description ISA-08 receiver ID. */
            receiverId?: string;
            /** @description ISA-09 interchange date (YYMMDD). */
            interchangeDate?: string;
            /** @description ISA-10 interchange time (HHMM). */
            interchangeTime?: string;
            /** @description ISA-11 repetition separator. */
            repetitionSeparator?: string;
            /** @description ISA-12 interchange control version number. */
            controlVersionNumber?: string;
            /** @description ISA-13 interchange control number. */
            controlNumber?: string;
            /** @description ISA-14 acknowledgment requested flag. */
            acknowledgmentRequested?: string;
            /** @description ISA-15 usage indicator (`P` production, `T` test). */
            usageIndicator?: string;
            /** @description ISA-16 component element separator. */
            componentElementSeparator?: string;
        };
        /** @description An EDI interchange extracted from a parcel. */
        InterchangeIDInfo: {
            /**
             * Format: int64
             * @description Unique ECGrid interchange ID.
             */
            interchangeId?: number;
            /**
             * Format: int64
             * @description Parcel that contains the interchange.
             */
            parcelId?: number;
            /** @description Sender identifier. */
            sender?: string;
            /** @description Receiver identifier. */
            receiver?: string;
            /** @description EDI standard of the interchange. */
            standard?: components["schemas"]["EDIStandardOpen"];
            /** @description EDI document (transaction set) type, e.g. `850`. */
            documentType?: string;
            /** @description Interchange status: a status name (open) or an object `{code, description, statusDate}` (NOTES `X10-ICH-1`). */
            status?: components["schemas"]["InterchangeStatusOpen"] | components["schemas"]["StatusDetail"];
            /**
             * Format: date-time
             * @description When the interchange was created (UTC).
             */
            created?: string;
            /**
             * Format: int64
             * @description Spelling of `interchangeId` (ECGridOS/MCP casing, NOTES R7).
             */
            interchangeID?: number;
            /**
             * Format: date-time
             * @description When the interchange was processed (ECGridOS, UTC).
             */
            interchangeProcessDate?: string;
            /**
             * Format: int32
             * @description Sender network (ECGridOS).
             */
            networkIdFrom?: number;
            /** @description Sender network name (ECGridOS). */
            networkNameFrom?: string;
            /**
             * Format: int32
             * @description Sender mailbox (ECGridOS).
             */
            mailboxIdFrom?: number;
            /**
             * Format: int32
             * @description Recipient network (ECGridOS).
             */
            networkIdTo?: number;
            /** @description Recipient network name (ECGridOS). */
            networkNameTo?: string;
            /**
             * Format: int32
             * @description Recipient mailbox (ECGridOS).
             */
            mailboxIdTo?: number;
            /**
             * Format: int64
             * @description Size in bytes (ECGridOS).
             */
            bytes?: number;
            /** @description ISA-13 control number (ECGridOS). */
            interchangeControlId?: string;
            /**
             * Format: date-time
             * @description Interchange date and time (ECGridOS, UTC).
             */
            interchangeDateTime?: string;
            /**
             * Format: date-time
             * @description When the interchange is archived (UTC).
             */
            archiveDate?: string;
            /**
             * Format: date-time
             * @description When the status was set (UTC).
             */
            statusDate?: string;
            /** @description Status code (ECGridOS). */
            statusCode?: string | number;
            /** @description Status message (ECGridOS). */
            statusMessage?: string;
            /** @description Raw ISA header (ECGridOS). */
            header?: string;
            /** @description Sender ECGrid ID record (ECGridOS, MCP). */
            tpFrom?: components["schemas"]["ECGridIDInfo"];
            /** @description Recipient ECGrid ID record (ECGridOS, MCP). */
            tpTo?: components["schemas"]["ECGridIDInfo"];
            /** @description Parcels carrying the interchange (ECGridOS). */
            parcels?: {
                [key: string]: unknown;
            }[];
            /** @description Parcel IDs (MCP). */
            parcelIds?: number[];
            /**
             * Format: int32
             * @description Number of parcels (MCP).
             */
            parcelCount?: number;
            /** @description Sender summary (MCP). */
            from?: {
                [key: string]: unknown;
            };
            /** @description Recipient summary (MCP). */
            to?: {
                [key: string]: unknown;
            };
        };
        /** @description A page of interchanges. */
        InterchangeList: components["schemas"]["PageInfo"] & {
            /** @description Interchanges on this page. */
            interchanges?: components["schemas"]["InterchangeIDInfo"][];
        };
        /** @description One functional group within an interchange (interchange manifest entry). */
        InterchangeManifestInfo: {
            /** @description Functional group ID (GS-01), e.g. `PO`. */
            functionalGroup?: string;
            /** @description Transaction set type, e.g. `850`. */
            transactionSetType?: string;
            /**
             * Format: int32
             * @description Number of transaction sets in the group.
             */
            transactionSetCount?: number;
            /** @description Group control number (GS-06). */
            groupControlNumber?: string;
            /**
             * Format: date-time
             * @description Manifest entry date (ECGridOS `ManifestInfo`).
             */
            manifestDate?: string;
            /**
             * Format: int32
             * @description Network (ECGridOS).
             */
            networkId?: number;
            /** @description Network name (ECGridOS). */
            networkName?: string;
            /** @description Manifest entry type (ECGridOS `ManifestType`). */
            type?: components["schemas"]["ManifestTypeOpen"];
            /**
             * Format: int64
             * @description Parcel (ECGridOS).
             */
            parcelId?: number;
            /**
             * Format: int64
             * @description Interchange (ECGridOS).
             */
            interchangeId?: number;
            /** @description Status code (ECGridOS). */
            statusCode?: string | number;
            /** @description Status message (ECGridOS). */
            statusMessage?: string;
            /** @description Status colour (ECGridOS). */
            statusColor?: string;
        };
        /** @description Interchange statistics for one period. */
        InterchangeStatsInfo: {
            /**
             * Format: date-time
             * @description UTC start of the period.
             */
            periodStart?: string;
            /**
             * Format: date-time
             * @description UTC end of the period.
             */
            periodEnd?: string;
            /**
             * Format: int32
             * @description Number of interchanges in the period.
             */
            count?: number;
            /**
             * Format: int64
             * @description Total byte volume for the period.
             */
            totalBytes?: number;
            /** @description Direction filter applied. */
            direction?: components["schemas"]["DirectionOpen"];
        } & {
            [key: string]: unknown;
        };
        /** @description An interconnect (partner relationship) permitting EDI routing between two ECGrid IDs. */
        InterconnectIDInfo: {
            /**
             * Format: int32
             * @description Numeric interconnect / partner ID.
             */
            interconnectId?: number;
            /**
             * Format: int32
             * @description Originating ECGrid ID.
             */
            ecGridIdFrom?: number;
            /**
             * Format: int32
             * @description Destination ECGrid ID.
             */
            ecGridIdTo?: number;
            /** @description Lifecycle status of the interconnect. */
            status?: components["schemas"]["InterconnectStatusOpen"];
            /**
             * Format: date-time
             * @description When the interconnect was created (UTC).
             */
            created?: string;
            /**
             * Format: date-time
             * @description When the interconnect was last modified (UTC).
             */
            modified?: string;
            /**
             * Format: int32
             * @description Spelling of `interconnectId` (ECGridOS/MCP casing, NOTES R7).
             */
            interconnectID?: number;
            /** @description Unique ID (ECGridOS). */
            uniqueId?: string;
            /**
             * Format: date-time
             * @description When the setup completed (ECGridOS, UTC).
             */
            completed?: string;
            /**
             * Format: date-time
             * @description Last traffic (ECGridOS, UTC).
             */
            lastTraffic?: string;
            /**
             * Format: date-time
             * @description Last inbound traffic (UTC).
             */
            lastTrafficInbound?: string;
            /**
             * Format: date-time
             * @description Last outbound traffic (UTC).
             */
            lastTrafficOutbound?: string;
            /**
             * Format: date-time
             * @description When the partnership was created (guides, UTC).
             */
            createdDate?: string;
            /** @description Requesting user (ECGridOS). */
            requestorUser?: components["schemas"]["UserIDInfo"];
            /** @description Contact user (ECGridOS). */
            contactUser?: components["schemas"]["UserIDInfo"];
            /** @description Contact name (ECGridOS). */
            contactName?: string;
            /** @description Contact email (ECGridOS). */
            contactEMail?: string;
            /** @description Whether pending interchanges are suspended (ECGridOS). */
            suspendPendingInterchanges?: boolean;
            /** @description First trading partner (ECGridOS `TP1`). */
            tp1?: components["schemas"]["ECGridIDInfo"];
            /** @description AS2 ID of the first partner (ECGridOS). */
            as2ID1?: string;
            /** @description Reference of the first partner (ECGridOS). */
            reference1?: string;
            /** @description Second trading partner (ECGridOS `TP2`). */
            tp2?: components["schemas"]["ECGridIDInfo"];
            /** @description AS2 ID of the second partner (ECGridOS). */
            as2ID2?: string;
            /** @description Reference of the second partner (ECGridOS). */
            reference2?: string;
        };
        /** @description An audit note attached to an interconnect. */
        InterconnectNoteInfo: {
            /** @description Note text. */
            text?: string;
            /**
             * Format: date-time
             * @description When the note was added (UTC).
             */
            timestamp?: string;
            /**
             * Format: int32
             * @description User who added the note.
             */
            userId?: number;
            /**
             * Format: int32
             * @description Partnership (ECGridOS).
             */
            interconnectId?: number;
            /**
             * Format: int32
             * @description Note ID (ECGridOS).
             */
            interconnectNoteId?: number;
            /**
             * Format: date-time
             * @description When the note was posted (ECGridOS, UTC).
             */
            noteDate?: string;
            /** @description Note text (ECGridOS; the page says `text`). */
            note?: string;
            /** @description Author (ECGridOS). */
            postedBy?: string;
            /** @description Note status (ECGridOS). */
            status?: string;
            /** @description Email recipients (ECGridOS). */
            mailTo?: string;
            /** @description Attachment `{fileName, content}` (ECGridOS). */
            attachment?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A key/value record on a system object (ECGridOS `KeyValue`, NOTES `X10-KEYS-2`): `key`, `value`, `meta`,
         *     `visibility`, `created`, `expires` and the scope it was stored under; `keyId` is the reference pages' (API-key)
         *     field. Nothing is required (no source gives key records an id); other key casings (`networkID`, `Value`) validate
         *     too. `value` and `sessionId` are secrets (R6).
         */
        KeyValue: {
            /** @description The key's name, e.g. `ftp:status` (on the reference pages, the API key string). */
            key?: string;
            /** @description The stored value, verbatim (a secret). */
            value?: string;
            /** @description Metadata stored with the value. */
            meta?: string;
            /** @description The visibility scope the key is stored under. */
            visibility?: components["schemas"]["KeyVisibilityOpen"];
            /**
             * Format: date-time
             * @description When the key was set (UTC).
             */
            created?: string;
            /**
             * Format: date-time
             * @description When the key expires (UTC).
             */
            expires?: string;
            /**
             * Format: int32
             * @description Network scope of the record.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Mailbox scope of the record.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description User scope of the record (on the reference pages, the key's owner).
             */
            userId?: number;
            /** @description Session scope of a `Session` key (a secret). */
            sessionId?: string;
            /**
             * Format: int32
             * @description The reference pages' key record id; no evidence source has it.
             */
            keyId?: number;
        };
        /** @description The default mailbox of an ECGrid ID. */
        MailboxDefaultInfo: {
            /**
             * Format: int32
             * @description Default mailbox ID.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Network that owns the mailbox.
             */
            networkId?: number;
            /** @description Mailbox name. */
            mailboxName?: string;
            /** @description Lifecycle status of the mailbox. */
            status?: components["schemas"]["StatusOpen"];
            /**
             * Format: int32
             * @description Spelling of `mailboxId` (ECGridOS/MCP casing, NOTES R7).
             */
            mailboxID?: number;
        };
        /** @description An ECGrid mailbox. */
        MailboxIDInfo: {
            /**
             * Format: int32
             * @description Unique numeric mailbox ID.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description ID of the network that owns the mailbox.
             */
            networkId?: number;
            /** @description Short unique identifier of the mailbox within its network. */
            uniqueId?: string;
            /** @description Display name of the mailbox / company. */
            companyName?: string;
            /** @description Lifecycle status of the mailbox. */
            status?: components["schemas"]["StatusOpen"];
            /**
             * Format: date-time
             * @description When the mailbox was created (UTC).
             */
            created?: string;
            /**
             * Format: date-time
             * @description When the mailbox was last modified (UTC).
             */
            modified?: string;
            /**
             * Format: int32
             * @description Spelling of `mailboxId` (ECGridOS/MCP casing, NOTES R7).
             */
            mailboxID?: number;
            /** @description Mailbox name (ECGridOS; the pages say `companyName`). */
            name?: string;
            /** @description Description (ECGridOS). */
            description?: string;
            /** @description Whether the mailbox is managed (ECGridOS). */
            managed?: boolean;
            /** @description Test / production use (ECGridOS). */
            useType?: components["schemas"]["UseTypeOpen"];
            /** @description Mailbox configuration (ECGridOS `MailboxConfig`). */
            config?: {
                [key: string]: unknown;
            };
            /** @description Default AS2 ID (ECGridOS). */
            defaultAS2ID?: string;
            /**
             * Format: date-time
             * @description When the mailbox was created (guides, UTC).
             */
            createdDate?: string;
            /** @description Owner record (ECGridOS). */
            ownerInfo?: {
                [key: string]: unknown;
            };
            /** @description Alias network/mailbox (ECGridOS). */
            netOpsInfo?: {
                [key: string]: unknown;
            };
        };
        /** @description Interchange statistics for the caller's mailbox. */
        MailboxInterchangeStats: {
            /**
             * Format: int32
             * @description Interchanges sent during the reporting period.
             */
            sent?: number;
            /**
             * Format: int32
             * @description Interchanges received during the reporting period.
             */
            received?: number;
            /**
             * Format: int64
             * @description Total byte volume of all interchanges for the period.
             */
            totalBytes?: number;
            /** @description The reporting period covered (e.g. `2026-04`). */
            period?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A page of mailboxes. */
        MailboxList: components["schemas"]["PageInfo"] & {
            /** @description Mailboxes on this page. */
            mailboxes?: components["schemas"]["MailboxIDInfo"][];
        };
        /** @description Overall activity summary for the caller's mailbox. */
        MailboxStats: {
            /**
             * Format: int32
             * @description The mailbox these statistics apply to.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Total number of parcels processed.
             */
            totalParcels?: number;
            /**
             * Format: int32
             * @description Total number of interchanges processed.
             */
            totalInterchanges?: number;
            /**
             * Format: int64
             * @description Total byte volume across all activity.
             */
            totalBytes?: number;
            /**
             * Format: int32
             * @description Number of active trading partner connections.
             */
            activePartners?: number;
            /**
             * Format: date-time
             * @description UTC timestamp when the statistics were compiled.
             */
            reportGeneratedAt?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One row of a monthly report. The row structure varies by report type; the fields below are those of the documented example. */
        MonthlyReportRow: {
            /**
             * Format: int32
             * @description Week number within the month.
             */
            week?: number;
            /**
             * Format: int32
             * @description Items sent during the week.
             */
            sent?: number;
            /**
             * Format: int32
             * @description Items received during the week.
             */
            received?: number;
            /**
             * Format: int64
             * @description Total byte volume for the week.
             */
            totalBytes?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Contact details for one contact role of a network. */
        NetworkContactInfo: {
            /**
             * Format: int32
             * @description Network ID.
             */
            networkId?: number;
            /** @description Contact role. */
            contactType?: components["schemas"]["NetworkContactTypeOpen"];
            /** @description Contact name. */
            name?: string;
            /** @description Contact email address. */
            email?: string;
            /** @description Contact phone number. */
            phone?: string;
        };
        /** @description An ECGrid network. */
        NetworkIDInfo: {
            /**
             * Format: int32
             * @description Unique numeric network ID.
             */
            networkId?: number;
            /** @description Short unique identifier of the network. */
            uniqueId?: string;
            /** @description Company / display name. */
            companyName?: string;
            /** @description Lifecycle status of the network. */
            status?: components["schemas"]["StatusOpen"];
            /**
             * Format: date-time
             * @description When the network was created (UTC).
             */
            created?: string;
            /**
             * Format: date-time
             * @description When the network was last modified (UTC).
             */
            modified?: string;
            /**
             * Format: int32
             * @description Spelling of `networkId` (ECGridOS/MCP casing, NOTES R7).
             */
            networkID?: number;
            /** @description Network name (ECGridOS; the pages say `companyName`). */
            name?: string;
            /** @description Location (ECGridOS). */
            location?: string;
            /** @description Administrative contact (ECGridOS). */
            adminContact?: string;
            /** @description Administrative phone (ECGridOS). */
            adminPhone?: string;
            /** @description Administrative email (ECGridOS). */
            adminEMail?: string;
            /**
             * Format: date-time
             * @description Last contact (ECGridOS, UTC).
             */
            lastContact?: string;
            /** @description Network type (ECGridOS `NetworkType`). */
            type?: components["schemas"]["NetworkTypeOpen"];
            /** @description Run status (ECGridOS `NetworkRunStatus`). */
            runStatus?: components["schemas"]["NetworkRunStatusOpen"];
            /** @description Outage status (ECGridOS `NetworkStatus`). */
            networkStatus?: components["schemas"]["NetworkStatusOpen"];
            /** @description Home website (ECGridOS). */
            homeWebsite?: string;
            /** @description Support website (ECGridOS). */
            supportWebsite?: string;
            /** @description Login website (ECGridOS). */
            loginWebsite?: string;
            /** @description Owner-side routing metadata (ECGridOS). */
            ownerInfo?: {
                [key: string]: unknown;
            };
            /** @description Infrastructure details (ECGridOS; holds secrets — never printed). */
            netOpsInfo?: {
                [key: string]: unknown;
            };
        };
        /** @description A page of networks. */
        NetworkList: components["schemas"]["PageInfo"] & {
            /** @description Networks on this page. */
            networks?: components["schemas"]["NetworkIDInfo"][];
        };
        /** @description Pagination metadata returned by paged list endpoints. */
        PageInfo: {
            /**
             * Format: int32
             * @description Total number of records matching the query (across all pages).
             */
            totalRecords?: number;
            /**
             * Format: int32
             * @description Page number of this result page (1-based).
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Page size used for this result page.
             */
            recordsPerPage?: number;
        };
        /** @description Parcel metadata together with its Base64-encoded file content. */
        ParcelDownloadInfo: {
            /**
             * Format: int64
             * @description Unique parcel ID.
             */
            parcelId?: number;
            /** @description File name of the parcel. */
            fileName?: string;
            /** @description File content, Base64-encoded. */
            content?: string;
            /**
             * Format: int64
             * @description File size in bytes.
             */
            bytes?: number;
            /**
             * Format: int64
             * @description Spelling of `parcelId` (ECGridOS/MCP casing, NOTES R7).
             */
            parcelID?: number;
            /** @description File content, Base64-encoded (ECGridOS `FileInfo`). */
            contentBase64String?: string;
            /** @description Encoding of `content` (the download guide shows `Base64`). */
            contentEncoding?: string;
            /**
             * Format: int64
             * @description File size in bytes (guides).
             */
            size?: number;
            /**
             * Format: date-time
             * @description File date (ECGridOS, UTC).
             */
            fileDate?: string;
            /** @description EDI standard (ECGridOS). */
            standard?: components["schemas"]["EDIStandardOpen"];
            /** @description Whether the file comes from the router archive (ECGridOS). */
            routerArchive?: boolean;
        };
        /** @description A parcel: the file-level container for one or more EDI interchanges. */
        ParcelIDInfo: {
            /**
             * Format: int64
             * @description Unique parcel ID.
             */
            parcelId?: number;
            /**
             * Format: int32
             * @description Mailbox the parcel belongs to.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Network the parcel belongs to.
             */
            networkId?: number;
            /** @description File name of the parcel. */
            fileName?: string;
            /**
             * Format: int64
             * @description File size in bytes.
             */
            bytes?: number;
            /** @description Current delivery state: a status name (open `ParcelStatus`) or an object `{code, description, statusDate}` (NOTES `X10-PAR-2`). */
            status?: components["schemas"]["ParcelStatusOpen"] | components["schemas"]["StatusDetail"];
            /**
             * Format: int32
             * @description Sender ECGrid ID.
             */
            ecGridIdFrom?: number;
            /**
             * Format: int32
             * @description Recipient ECGrid ID.
             */
            ecGridIdTo?: number;
            /**
             * Format: date-time
             * @description When the parcel was created (UTC).
             */
            created?: string;
            /**
             * Format: date-time
             * @description When the parcel was last modified (UTC).
             */
            modified?: string;
            /**
             * Format: int64
             * @description Spelling of `parcelId` (ECGridOS/MCP casing, NOTES R7).
             */
            parcelID?: number;
            /**
             * Format: int64
             * @description File size in bytes (ECGridOS).
             */
            parcelBytes?: number;
            /**
             * Format: int64
             * @description Actual stored size in bytes (ECGridOS).
             */
            actualBytes?: number;
            /**
             * Format: int64
             * @description File size in bytes (guides).
             */
            size?: number;
            /**
             * Format: date-time
             * @description Parcel date (ECGridOS, UTC).
             */
            parcelDate?: string;
            /**
             * Format: date-time
             * @description When the parcel was received (guides, UTC).
             */
            receivedDate?: string;
            /**
             * Format: int32
             * @description Sender ECGrid ID (guides).
             */
            fromECGridId?: number;
            /**
             * Format: int32
             * @description Recipient ECGrid ID (guides).
             */
            toECGridId?: number;
            /**
             * Format: int32
             * @description Sender network (ECGridOS).
             */
            networkIdFrom?: number;
            /** @description Sender network name (ECGridOS). */
            networkNameFrom?: string;
            /**
             * Format: int32
             * @description Sender mailbox (ECGridOS).
             */
            mailboxIdFrom?: number;
            /** @description Sender mailbox name (ECGridOS). */
            mailboxNameFrom?: string;
            /**
             * Format: int32
             * @description Recipient network (ECGridOS).
             */
            networkIdTo?: number;
            /** @description Recipient network name (ECGridOS). */
            networkNameTo?: string;
            /**
             * Format: int32
             * @description Recipient mailbox (ECGridOS).
             */
            mailboxIdTo?: number;
            /** @description Recipient mailbox name (ECGridOS). */
            mailboxNameTo?: string;
            /** @description Mailbag control ID. */
            mailbagControlId?: string;
            /**
             * Format: date-time
             * @description When the parcel is archived (UTC).
             */
            archiveDate?: string;
            /**
             * Format: date-time
             * @description When the status was set (UTC).
             */
            statusDate?: string;
            /** @description Status code (ECGridOS; the MCP tools show `M`-prefixed codes). */
            statusCode?: string | number;
            /** @description Status message (ECGridOS). */
            statusMessage?: string;
            /** @description Local status (ECGridOS). */
            localStatus?: string;
            /**
             * Format: date-time
             * @description When the local status was set (UTC).
             */
            localStatusDate?: string;
            /** @description Validation state (ECGridOS `ParcelValid`). */
            valid?: components["schemas"]["ParcelValidOpen"];
            /** @description Acknowledgment state (ECGridOS). */
            acknowledgment?: string;
            /** @description Direction (ECGridOS). */
            direction?: components["schemas"]["DirectionOpen"];
            /** @description Interchanges of the parcel (ECGridOS, MCP). */
            interchanges?: {
                [key: string]: unknown;
            }[];
            /**
             * Format: int32
             * @description Number of interchanges (MCP).
             */
            interchangeCount?: number;
            /** @description Sender summary (MCP). */
            from?: {
                [key: string]: unknown;
            };
            /** @description Recipient summary (MCP). */
            to?: {
                [key: string]: unknown;
            };
        };
        /** @description One EDI interchange found in a parcel (parcel manifest entry). */
        ParcelManifestInfo: {
            /**
             * Format: int64
             * @description Interchange ID.
             */
            interchangeId?: number;
            /** @description Sender identifier. */
            sender?: string;
            /** @description Receiver identifier. */
            receiver?: string;
            /** @description EDI document (transaction set) type, e.g. `850`. */
            documentType?: string;
            /**
             * Format: int32
             * @description Number of documents of this type in the interchange.
             */
            count?: number;
            /**
             * Format: date-time
             * @description Manifest entry date (ECGridOS `ManifestInfo`).
             */
            manifestDate?: string;
            /**
             * Format: int32
             * @description Network (ECGridOS).
             */
            networkId?: number;
            /** @description Network name (ECGridOS). */
            networkName?: string;
            /** @description Manifest entry type (ECGridOS `ManifestType`). */
            type?: components["schemas"]["ManifestTypeOpen"];
            /**
             * Format: int64
             * @description Parcel (ECGridOS).
             */
            parcelId?: number;
            /** @description Status code (ECGridOS). */
            statusCode?: string | number;
            /** @description Status message (ECGridOS). */
            statusMessage?: string;
            /** @description Status colour (ECGridOS). */
            statusColor?: string;
        };
        /** @description A customer-facing web portal linked to a mailbox. */
        PortalInfo: {
            /**
             * Format: int32
             * @description Unique portal ID.
             */
            portalId: number;
            /**
             * Format: int32
             * @description The mailbox the portal is linked to.
             */
            mailboxId?: number;
            /**
             * Format: uri
             * @description Public-facing URL of the portal.
             */
            url?: string;
            /** @description Portal status. */
            status?: components["schemas"]["StatusOpen"];
            /**
             * Format: date-time
             * @description UTC timestamp when the portal was created.
             */
            created?: string;
        };
        /** @description One row of a report run for a date range. The row structure varies by report type; the fields below are those of the documented example. */
        ReportByDateRow: {
            /**
             * Format: date
             * @description The date this row covers.
             */
            date?: string;
            /**
             * Format: int32
             * @description Items sent on this date.
             */
            sent?: number;
            /**
             * Format: int32
             * @description Items received on this date.
             */
            received?: number;
            /**
             * Format: int64
             * @description Byte volume for this date.
             */
            totalBytes?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A report descriptor. */
        ReportInfo: {
            /**
             * Format: int32
             * @description Report ID, used with the other report endpoints.
             */
            reportId: number;
            /** @description Human-readable report name. */
            name?: string;
            /** @description What the report contains. */
            description?: string;
            /** @description Whether the report is active and available to run. */
            active?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description Context of the currently authenticated session. */
        SessionInfo: {
            /**
             * Format: int32
             * @description Internal ECGrid user ID.
             */
            userId?: number;
            /** @description Username / login identifier. */
            login?: string;
            /**
             * Format: int32
             * @description ECGrid network ID the user belongs to.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Primary mailbox ID associated with the session.
             */
            mailboxId?: number;
            /** @description Current authorization level. */
            authLevel?: components["schemas"]["AuthLevelOpen"];
            /**
             * Format: date-time
             * @description UTC expiry time of the current token or session.
             */
            expiresAt?: string;
            /** @description ECGridOS version (ECGridOS `SessionInfo`). */
            ecGridOSVersion?: string;
            /** @description Session ID (a secret — never printed). */
            sessionId?: string;
            /**
             * Format: int32
             * @description Session event (ECGridOS).
             */
            sessionEventId?: number;
            /** @description Login name (ECGridOS). */
            loginName?: string;
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Company. */
            company?: string;
            /** @description Email address (ECGridOS casing). */
            eMail?: string;
            /** @description Email address. */
            email?: string;
            /** @description Phone. */
            phone?: string;
            /** @description Time-zone offset in hours. */
            timeZoneOffset?: number;
            /**
             * Format: date-time
             * @description Last login (UTC).
             */
            lastLogin?: string;
            /**
             * Format: int32
             * @description Open sessions.
             */
            openSessions?: number;
            /**
             * Format: int32
             * @description Session timeout (ECGridOS).
             */
            timeOut?: number;
            /** @description Client IP (ECGridOS). */
            ip?: string;
        };
        /** @description A status code and its meaning. */
        StatusCode: {
            /** @description The status code (a name on the pages, a number in ECGridOS). */
            code: string | number;
            /** @description Human-readable explanation of the status. */
            description?: string;
        };
        /** @description Valid status codes per object type. */
        StatusLists: {
            /** @description All valid status codes for parcel objects. */
            parcelStatuses?: components["schemas"]["StatusCode"][];
            /** @description All valid status codes for interchange objects. */
            interchangeStatuses?: components["schemas"]["StatusCode"][];
        };
        /** @description JWT bearer token issued by Login / Refresh Token. */
        TokenInfo: {
            /** @description JWT Bearer token — pass as `Authorization: Bearer <token>`. */
            token: string;
            /**
             * Format: date-time
             * @description UTC timestamp when the token expires.
             */
            expiresAt?: string;
            /**
             * Format: int32
             * @description Internal ECGrid user ID for the authenticated account.
             */
            userId?: number;
            /** @description Refresh token (`guides/authentication.md`; the refresh page sends the token itself). */
            refreshToken?: string;
        };
        /** @description Traffic statistics for one period. */
        TrafficStatsInfo: {
            /**
             * Format: date-time
             * @description UTC start of the period.
             */
            periodStart?: string;
            /**
             * Format: date-time
             * @description UTC end of the period.
             */
            periodEnd?: string;
            /**
             * Format: int32
             * @description Items sent during the period.
             */
            sentCount?: number;
            /**
             * Format: int32
             * @description Items received during the period.
             */
            receivedCount?: number;
            /**
             * Format: int64
             * @description Combined byte volume for the period.
             */
            totalBytes?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description An ECGrid user account. */
        UserIDInfo: {
            /**
             * Format: int32
             * @description Unique user ID.
             */
            userId?: number;
            /** @description Login name. */
            login?: string;
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /**
             * Format: int32
             * @description Network of the user.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Mailbox of the user.
             */
            mailboxId?: number;
            /** @description Permission level. */
            authLevel?: components["schemas"]["AuthLevelOpen"];
            /** @description Lifecycle status of the user. */
            status?: components["schemas"]["StatusOpen"];
            /**
             * Format: date-time
             * @description When the user was created (UTC).
             */
            created?: string;
            /**
             * Format: int32
             * @description Spelling of `userId` (ECGridOS/MCP casing, NOTES R7).
             */
            userID?: number;
            /** @description Login name (ECGridOS, guides). */
            loginName?: string;
            /** @description Email address (ECGridOS casing). */
            eMail?: string;
            /** @description Company (ECGridOS). */
            company?: string;
            /** @description Phone (ECGridOS). */
            phone?: string;
            /** @description Cell phone (ECGridOS). */
            cellPhone?: string;
            /** @description Cell carrier (ECGridOS). */
            cellCarrier?: components["schemas"]["CellCarrierOpen"];
            /** @description Time-zone offset in hours (ECGridOS). */
            timeZoneOffset?: number;
            /**
             * Format: date-time
             * @description Modified (UTC).
             */
            modified?: string;
            /**
             * Format: date-time
             * @description Last login (UTC).
             */
            lastLogin?: string;
            /** @description Locked out (ECGridOS). */
            lockedOut?: boolean;
            /**
             * Format: int32
             * @description Open sessions (ECGridOS).
             */
            openSessions?: number;
            /** @description Password recovery question (ECGridOS). */
            recoveryQuestion?: string;
        };
        /** @description REST API version information. */
        VersionInfo: {
            /** @description The current REST API version (e.g. `"2.6"`). */
            version?: string;
            /** @description Build (`quick-start-rest.md`). */
            build?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description X12 delimiter characters. */
        X12Delimiters: {
            /** @description Data element separator (typically `*`). */
            elementDelimiter: string;
            /** @description Composite sub-element separator (typically `:` or `>`). */
            subElementDelimiter: string;
            /** @description Segment terminator (typically `~`). */
            segmentTerminator: string;
        };
        /** @description Request body for Create Callback. */
        CallbackCreateRequest: {
            /**
             * Format: uri
             * @description The webhook URL ECGrid will POST to when the event fires. Must use HTTPS.
             */
            url: string;
            /** @description The ECGrid event type that triggers this callback. */
            event: components["schemas"]["Objects"];
            /**
             * Format: int32
             * @description Scope the callback to a specific mailbox. Omit for network-wide.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Scope the callback to a specific network.
             */
            networkId?: number;
            /** @description Authentication method ECGrid uses when calling your endpoint. */
            httpAuthType?: components["schemas"]["HTTPAuthType"];
            /** @description Username for HTTP authentication (required if `httpAuthType` is not `None`). */
            username?: string;
            /** @description Password for HTTP authentication (required if `httpAuthType` is not `None`). */
            password?: string;
            /** @description The direction of the object events that fire the callback (ECGridOS `CallBackAddEx` `Direction`; the callbacks guide's `callBackEvent: "InBox"` is this field). NOTES `X10-CB-2`. */
            direction?: components["schemas"]["Direction"];
            /**
             * Format: int32
             * @description How often the callback may fire (ECGridOS `Frequency`, a 16-bit integer; unit not documented).
             */
            frequency?: number;
            /**
             * Format: int32
             * @description How many times a failed delivery is retried (ECGridOS `MaxRetries`, 16-bit; the callbacks guide calls it `retries`).
             */
            maxRetries?: number;
            /**
             * Format: int32
             * @description The object status code that fires the callback (ECGridOS `ObjectStatus`, 16-bit).
             */
            objectStatus?: number;
            /**
             * Format: int32
             * @description The user the callback is registered for (ECGridOS `UserID`).
             */
            userId?: number;
            /** @description The registration's initial status (ECGridOS `Status`). */
            status?: components["schemas"]["Status"];
        };
        /** @description Request body for Get Event by ID. */
        CallbackEventIdRequest: {
            /**
             * Format: int32
             * @description The unique ID of the callback event to retrieve. The live service calls it `callBackEventId` (the callback registration's id); the case differs only.
             */
            callbackEventId: number;
            /**
             * Format: int32
             * @description How many of the registration's queue entries to return (ECGridOS `CallBackEventInfo` `QueueCount`; the live MCP tool defaults to 25, the SOAP client to 100). NOTES `X10-CB-5`.
             */
            queueCount?: number;
        };
        /**
         * @description Request body for Event List. The live service lists callback *registrations* of one (`networkId`, `mailboxId`) pair
         *     (ECGridOS `CallBackEventListEx(NetworkID, MailboxID, ShowInactive)`, NOTES `X10-CB-3`); the reference page's `event`,
         *     date and paging filters have no evidence that the service applies them.
         */
        CallbackEventListRequest: {
            /**
             * Format: int32
             * @description Filter events to a specific mailbox. `0` is the network's root mailbox (a valid mailbox, not "all"); the live service requires it together with `networkId`.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description The network that owns `mailboxId` (ECGridOS `NetworkID`; the live service requires it together with `mailboxId`, NOTES `X10-SCOPE-1`).
             */
            networkId?: number;
            /**
             * @description Include Suspended and Terminated registrations (ECGridOS `ShowInactive`).
             * @default false
             */
            showInactive?: boolean;
            /** @description Filter by event type. Omit to return all event types. */
            event?: components["schemas"]["Objects"];
            /**
             * Format: date-time
             * @description Start of the date range to query.
             */
            beginDate?: string;
            /**
             * Format: date-time
             * @description End of the date range to query.
             */
            endDate?: string;
            /**
             * Format: int32
             * @description Page number for paginated results. Defaults to 1.
             * @default 1
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of records per page. Defaults to 100.
             * @default 100
             */
            recordsPerPage?: number;
        };
        /** @description Identifies a registered callback. */
        CallbackIdRequest: {
            /**
             * Format: int32
             * @description The unique ID of the callback. The live service calls it `callBackEventId`.
             */
            callbackId: number;
        };
        /**
         * @description Request body for Test Callback (NOTES `X10-CB-6`). The reference page sends `callbackId`; ECGridOS
         *     `CallBackTest(CallBackEventID, ParcelID, InterchangeID, UserID)` names it `CallBackEventID`, while the vendor's SOAP
         *     client and the callbacks guide send a `callBackQueueId` — the page's name is kept.
         */
        CallbackTestRequest: {
            /**
             * Format: int32
             * @description The unique ID of the callback to test.
             */
            callbackId: number;
            /**
             * Format: int64
             * @description A parcel the test notification refers to (ECGridOS `ParcelID`).
             */
            parcelId?: number;
            /**
             * Format: int64
             * @description An interchange the test notification refers to (ECGridOS `InterchangeID`).
             */
            interchangeId?: number;
            /**
             * Format: int32
             * @description The user the test runs as (ECGridOS `UserID`).
             */
            userId?: number;
        };
        /**
         * @description Request body for Queue List. The live service lists the pending or failed delivery attempts of one (`networkId`,
         *     `mailboxId`) pair (ECGridOS `CallBackPendingListEx` / `CallBackFailedListEx`, NOTES `X10-CB-4`); `maxDays` belongs with
         *     `view: failed` and must be omitted with `pending` (the client checks the pairing). The page's `status` filter has no evidence.
         */
        CallbackQueueListRequest: {
            /**
             * Format: int32
             * @description Filter queue entries to a specific mailbox. `0` is the network's root mailbox (a valid mailbox, not "all"); the live service requires it together with `networkId`.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description The network that owns `mailboxId` (ECGridOS `NetworkID`; the live service requires it together with `mailboxId`, NOTES `X10-SCOPE-1`).
             */
            networkId?: number;
            /**
             * @description Which slice of the queue to return; `pending` (the default) or `failed`.
             * @default pending
             * @enum {string}
             */
            view?: "pending" | "failed";
            /**
             * Format: int32
             * @description Look-back window in days for `view: failed` (required there, omitted with `pending`).
             */
            maxDays?: number;
            /** @description Filter by delivery status. Omit to return all statuses. */
            status?: components["schemas"]["Status"];
            /**
             * Format: int32
             * @description Page number for paginated results. Defaults to 1.
             * @default 1
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of records per page. Defaults to 100.
             * @default 100
             */
            recordsPerPage?: number;
        };
        /** @description Request body for Update Callback. */
        CallbackUpdateRequest: {
            /**
             * Format: int32
             * @description The unique ID of the callback to update.
             */
            callbackId: number;
            /**
             * Format: uri
             * @description New webhook URL to deliver events to. Must use HTTPS.
             */
            url?: string;
            /** @description Updated event type that triggers this callback. */
            event?: components["schemas"]["Objects"];
            /** @description New status for the callback (e.g., `Suspended` to pause delivery). */
            status?: components["schemas"]["Status"];
            /** @description Updated authentication method for your endpoint. */
            httpAuthType?: components["schemas"]["HTTPAuthType"];
            /** @description Updated username for HTTP authentication. */
            username?: string;
            /** @description Updated password for HTTP authentication. */
            password?: string;
        };
        /**
         * @description Request body for Create Carbon Copy (NOTES `X10-CC-1`). The reference page's mailbox-to-mailbox rule
         *     (`fromMailboxId`, `toMailboxId`, `direction`) is kept; the live service's rule copies the traffic of one ECGrid-ID
         *     pair to another (ECGridOS `CarbonCopyAddEx(NetworkID, MailboxID, ECGridIDFrom, ECGridIDTo, ECGridIDCCFrom,
         *     ECGridIDCCTo, GSFrom, GSTo, TransactionSet)`). The names `ecGridIdCcFrom`/`ecGridIdCcTo` are derived in the pages'
         *     style and unverified.
         */
        CarbonCopyCreateRequest: {
            /**
             * Format: int32
             * @description Source mailbox whose traffic will be duplicated. Must be a valid mailbox.
             */
            fromMailboxId?: number;
            /**
             * Format: int32
             * @description Destination mailbox that receives the duplicated traffic. Must be a valid mailbox.
             */
            toMailboxId?: number;
            /** @description Traffic direction to duplicate — InBox, OutBox, or NoDir (both). */
            direction?: components["schemas"]["Direction"];
            /**
             * Format: int32
             * @description The network of `mailboxId` (`NetworkID`).
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The mailbox that owns the rule (`MailboxID`).
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Original sender ECGrid ID (`ECGridIDFrom`).
             */
            ecGridIdFrom?: number;
            /**
             * Format: int32
             * @description Original receiver ECGrid ID (`ECGridIDTo`).
             */
            ecGridIdTo?: number;
            /**
             * Format: int32
             * @description Sender ECGrid ID of the copy (`ECGridIDCCFrom`).
             */
            ecGridIdCcFrom?: number;
            /**
             * Format: int32
             * @description Receiver ECGrid ID of the copy (`ECGridIDCCTo`).
             */
            ecGridIdCcTo?: number;
            /** @description GS sender filter (`GSFrom`). */
            gsFrom?: string;
            /** @description GS receiver filter (`GSTo`). */
            gsTo?: string;
            /** @description Transaction-set (document type) filter (`TransactionSet`). */
            transactionSet?: string;
        };
        /** @description Request body for List Carbon Copies. */
        CarbonCopyListRequest: {
            /**
             * Format: int32
             * @description Filter results to rules associated with this mailbox. Sentinels (live MCP schema): `-1` = all mailboxes, `0` = the network's root mailbox. The live service wants it together with `networkId`.
             */
            mailboxId?: number;
            /** @description Filter by rule status (e.g., `Active`, `Suspended`). */
            status?: components["schemas"]["Status"];
            /**
             * Format: int32
             * @description Page number for paginated results.
             * @default 1
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of records returned per page.
             * @default 100
             */
            recordsPerPage?: number;
            /**
             * Format: int32
             * @description The network that owns `mailboxId` (ECGridOS `CarbonCopyListEx` `NetworkID`). NOTES `X10-SCOPE-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Only rules whose original sender is this ECGrid ID. NOTES `X10-SCOPE-1`.
             */
            ecGridIdFrom?: number;
            /**
             * Format: int32
             * @description Only rules whose original receiver is this ECGrid ID. NOTES `X10-SCOPE-1`.
             */
            ecGridIdTo?: number;
            /** @description Include suspended and terminated rules. NOTES `X10-SCOPE-1`. */
            showInactive?: boolean;
        };
        /** @description Request body for Update Carbon Copy. */
        CarbonCopyUpdateRequest: {
            /**
             * Format: int32
             * @description Unique identifier of the carbon copy rule to update. Must be an existing CC rule.
             */
            ccId: number;
            /** @description New status for the rule (e.g., `Active`, `Suspended`). */
            status?: components["schemas"]["Status"];
            /** @description New traffic direction for the rule. */
            direction?: components["schemas"]["Direction"];
        };
        /** @description Request body for Add Private Certificate. */
        CertificateAddPrivateRequest: {
            /**
             * Format: int32
             * @description Communication channel to associate the certificate with. Must be a valid Comm ID.
             */
            commId: number;
            /** @description Type of certificate (X509, PGP, SSH). */
            certType: components["schemas"]["CertificateType"];
            /** @description Key identifier for the certificate. */
            keyId?: string;
            /** @description User identifier associated with this certificate. */
            userId?: string;
            /**
             * Format: date-time
             * @description Date and time when the certificate becomes active.
             */
            beginUsage?: string;
            /** @description Intended usage (Encryption, Signature, etc.). */
            usage?: components["schemas"]["CertificateUsage"];
            /** @description The certificate content encoded as Base64. */
            cert?: string;
            /** @description Password protecting the private certificate file. */
            password?: string;
            /** @description The partner's AS2 ID the certificate is for (ECGridOS `CertAddPrivate` `PartnerAS2ID`). The `…A` SOAP variant names `cert` `certBase64`. NOTES `X10-CERT-1`. */
            partnerAs2Id?: string;
        };
        /** @description Request body for Add Public Certificate. */
        CertificateAddPublicRequest: {
            /**
             * Format: int32
             * @description Communication channel to associate the public certificate with. Must be a valid Comm ID.
             */
            commId: number;
            /** @description Type of certificate (X509, PGP, SSH). */
            certType: components["schemas"]["CertificateType"];
            /** @description Key identifier for the partner's certificate. */
            keyId?: string;
            /** @description User identifier associated with this certificate. */
            userId?: string;
            /**
             * Format: date-time
             * @description Date and time when the certificate becomes active.
             */
            beginUsage?: string;
            /** @description Intended usage (Encryption, Signature, etc.). */
            usage?: components["schemas"]["CertificateUsage"];
            /** @description Partner's AS2 communication identifier. */
            partnerCommId?: string;
            /**
             * Format: uri
             * @description Partner's AS2 endpoint URL.
             */
            partnerUrl?: string;
            /** @description The partner's public certificate encoded as Base64. */
            cert?: string;
        };
        /** @description Request body for Create Certificate. */
        CertificateCreateRequest: {
            /**
             * Format: int32
             * @description Communication channel to associate the new certificate with. Must be a valid Comm ID.
             */
            commId: number;
            /**
             * Format: date-time
             * @description Date and time when the certificate becomes active.
             */
            beginUsage?: string;
            /** @description Intended usage (Encryption, Signature, or EncryptionAndSignature). */
            usage?: components["schemas"]["CertificateUsage"];
            /** @description Hashing algorithm for the certificate (SHA1, SHA256, SHA384, SHA512). */
            secureHashAlgorithm?: components["schemas"]["CertificateSecureHashAlgorithm"];
            /** @description Partner's AS2 identifier to embed in the certificate. */
            partnerAs2Id?: string;
            /**
             * Format: date-time
             * @description Certificate expiration date.
             */
            expires?: string;
        };
        /** @description Request body for Renew Certificate. */
        CertificateRenewRequest: {
            /**
             * Format: int32
             * @description Communication channel whose certificate will be renewed. Must be a valid Comm ID.
             */
            commId: number;
            /**
             * Format: int32
             * @description Unique identifier of the certificate to renew. Must match an existing cert.
             */
            certKeyId: number;
            /**
             * Format: int32
             * @description Number of days the old certificate remains valid alongside the new one. Default varies. (ECGridOS `short`.)
             */
            overlapDays?: number;
            /**
             * Format: int32
             * @description Validity period of the new certificate in years. (ECGridOS `short`.)
             * @default 2
             */
            years?: number;
            /** @description Hashing algorithm for the renewed certificate. */
            secureHashAlgorithm?: components["schemas"]["CertificateSecureHashAlgorithm"];
        };
        /** @description Request body for Terminate Certificate. */
        CertificateTerminateRequest: {
            /**
             * Format: int32
             * @description Communication channel whose certificate will be terminated. Must be a valid Comm ID.
             */
            commId: number;
            /**
             * Format: int32
             * @description Unique identifier of the certificate to terminate. Must match an existing cert.
             */
            certKeyId: number;
        };
        /** @description Request body for Change Password. */
        ChangePasswordRequest: {
            /** @description The user's existing password. Must match the current password on file. */
            currentPassword: string;
            /** @description The desired new password. Must contain at least one lowercase letter, one uppercase letter, one digit, and one special character. */
            newPassword: string;
        };
        /** @description Request body for Create Comm. */
        CommCreateRequest: {
            /**
             * Format: int32
             * @description Mailbox to associate the new communication channel with. Must be a valid mailbox.
             */
            mailboxId: number;
            /** @description Protocol type for the channel (e.g., `as2`, `sftp`, `ftp`). */
            commType: components["schemas"]["NetworkGatewayCommChannel"];
            /** @description Channel-specific identifier (AS2 ID, FTP username, SFTP host, etc.). */
            identifier: string;
            /** @description Intended use — Test, Production, or TestAndProduction. */
            useType?: components["schemas"]["UseType"];
            /**
             * Format: int32
             * @description The network that owns the mailbox (ECGridOS `CommAdd` `NetworkID`). NOTES `X10-COMM-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The owning user (`OwnerUserID`).
             */
            ownerUserId?: number;
            /** @description Hosted by ECGrid (`ECGridHosted`). */
            ecGridHosted?: boolean;
            /** @description Endpoint URL of the channel (`URL`). */
            url?: string;
            /** @description Protocol version (`Version`). */
            version?: string;
            /** @description Sign outgoing data (`SignData`). */
            signData?: boolean;
            /** @description Encrypt outgoing data (`EncryptData`). */
            encryptData?: boolean;
            /** @description Compress outgoing data (`CompressData`). */
            compressData?: boolean;
            /** @description Receipt (MDN) policy (`ReceiptType`). */
            receiptType?: components["schemas"]["ReceiptType"];
            /** @description HTTP authentication of the endpoint (`HTTPAuthentication`; the callback pages' spelling). */
            httpAuthType?: components["schemas"]["HTTPAuthType"];
            /** @description HTTP authentication user (`HTTPUser`). */
            httpUser?: string;
            /** @description HTTP authentication password (`HTTPPassword`); a secret, scrubbed from errors by the client. */
            httpPassword?: string;
            /**
             * Format: date-time
             * @description Start of the usage window (`BeginUsage`).
             */
            beginUsage?: string;
            /**
             * Format: date-time
             * @description End of the usage window (`EndUsage`).
             */
            endUsage?: string;
            /** @description Initial status (`Status`). */
            status?: components["schemas"]["Status"];
        };
        /** @description Request body for Find Comm. */
        CommFindRequest: {
            /** @description AS2 ID, FTP username, or other channel-specific identifier to search for. */
            identifier: string;
            /** @description Narrow results to a specific communication channel type. */
            commType?: components["schemas"]["NetworkGatewayCommChannel"];
            /** @description When `true`, only channels with a private key available (the live service defaults to `false` here). NOTES `X10-SCOPE-1`. */
            privateKeyRequired?: boolean;
            /** @description Filter by intended use. NOTES `X10-SCOPE-1`. */
            useType?: components["schemas"]["UseType"];
            /** @description Include suspended and terminated channels. NOTES `X10-SCOPE-1`. */
            showInactive?: boolean;
        };
        /** @description Request body for List Comms. */
        CommListRequest: {
            /** @description Filter by channel type (e.g., `as2`, `sftp`, `ftp`). */
            commType?: components["schemas"]["NetworkGatewayCommChannel"];
            /** @description When `true`, returns only channels that have a private key available (the live service defaults to `true`). */
            privateKeyRequired?: boolean;
            /** @description Filter by intended use (Test, Production, TestAndProduction; the live service defaults to `TestAndProduction`). */
            useType?: components["schemas"]["UseType"];
            /**
             * @description When `true`, includes suspended and terminated channels.
             * @default false
             */
            showInactive?: boolean;
            /** @description When `true`, certificate data is returned with each channel (live MCP schema; the reference page says "returns only channels that have certificates attached"). */
            withCerts?: boolean;
            /**
             * Format: int32
             * @description The network that owns `mailboxId` (ECGridOS `CommListEx` `NetworkID`). NOTES `X10-SCOPE-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The mailbox whose channels to list. `0` is the network's root mailbox (a valid mailbox, not "all"; live MCP schema). NOTES `X10-SCOPE-1`.
             */
            mailboxId?: number;
        };
        /** @description Request body for Set Pair. */
        CommSetPairRequest: {
            /**
             * Format: int32
             * @description The source ECGrid ID (sender). Must be a valid ECGrid ID.
             */
            ecGridIdFrom: number;
            /**
             * Format: int32
             * @description The destination ECGrid ID (receiver). Must be a valid ECGrid ID.
             */
            ecGridIdTo: number;
            /**
             * Format: int32
             * @description Preferred Comm channel to use for this pairing. Must be a valid Comm ID.
             */
            commId?: number;
            /** @description Comm identifier on the sender's side (ECGridOS `CommSetPair` `Identifier1`). NOTES `X10-COMM-1`. */
            identifier1?: string;
            /** @description Comm identifier on the receiver's side (`Identifier2`). */
            identifier2?: string;
        };
        /**
         * @description Request body for Update Comm Config.
         *
         *     Additional configuration fields vary by `commType`. Submit only the fields applicable to the channel's protocol. Omitted fields retain their current values.
         */
        CommUpdateConfigRequest: {
            /**
             * Format: int32
             * @description Unique identifier of the communication channel to configure. Must be an existing Comm ID.
             */
            commId: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Request body for Update Comm. */
        CommUpdateRequest: {
            /**
             * Format: int32
             * @description Unique identifier of the communication channel to update. Must be an existing Comm ID.
             */
            commId: number;
            /** @description New channel-specific identifier (AS2 ID, FTP username, etc.). */
            identifier?: string;
            /** @description New status for the channel (e.g., `Active`, `Suspended`). */
            status?: components["schemas"]["Status"];
            /**
             * Format: int32
             * @description The owning user (ECGridOS `CommUpdate` `OwnerUserID`). NOTES `X10-COMM-1`.
             */
            ownerUserId?: number;
            /** @description Endpoint URL of the channel (`URL`). */
            url?: string;
            /** @description Protocol version (`Version`). */
            version?: string;
            /** @description Sign outgoing data (`SignData`). */
            signData?: boolean;
            /** @description Encrypt outgoing data (`EncryptData`). */
            encryptData?: boolean;
            /** @description Compress outgoing data (`CompressData`). */
            compressData?: boolean;
            /** @description Receipt (MDN) policy (`ReceiptType`). */
            receiptType?: components["schemas"]["ReceiptType"];
            /** @description HTTP authentication of the endpoint (`HTTPAuthentication`). */
            httpAuthType?: components["schemas"]["HTTPAuthType"];
            /** @description HTTP authentication user (`HTTPUser`). */
            httpUser?: string;
            /** @description HTTP authentication password (`HTTPPassword`); a secret, scrubbed from errors by the client. */
            httpPassword?: string;
            /** @description Intended use (`UseType`). */
            useType?: components["schemas"]["UseType"];
            /**
             * Format: date-time
             * @description Start of the usage window (`BeginUsage`).
             */
            beginUsage?: string;
            /**
             * Format: date-time
             * @description End of the usage window (`EndUsage`).
             */
            endUsage?: string;
        };
        /** @description Request body for Add VAN. */
        ECGridIDAddVanRequest: {
            /**
             * Format: int32
             * @description The ECGrid ID to associate the VAN entry with. Must be a valid ECGrid ID.
             */
            ecGridId: number;
            /** @description VAN-side ISA qualifier. ISA qualifier code used by the VAN. */
            vanQualifier: string;
            /** @description VAN-side ISA identifier. ISA ID used by the VAN. */
            vanId: string;
            /**
             * Format: int32
             * @description The VAN network (ECGridOS `TPAddVAN` `NetworkID`: the call creates an ECGrid ID on that network; its `Qualifier`/`ID` are this body's `vanQualifier`/`vanId`). NOTES `X10-ID-2`.
             */
            networkId?: number;
            /** @description Description of the new ID (ECGridOS `TPAddVAN` `Description`). */
            description?: string;
        };
        /** @description Request body for Create ID. */
        ECGridIDCreateRequest: {
            /**
             * Format: int32
             * @description Mailbox to assign this ECGrid ID to. Must be a valid mailbox.
             */
            mailboxId: number;
            /** @description EDI ISA-05/ISA-07 qualifier. ISA qualifier code (e.g. `"01"`, `"ZZ"`). */
            qualifier: string;
            /** @description EDI ISA-06/ISA-08 identifier. ISA ID value (e.g. `"PARTNER001"`). */
            id: string;
            /** @description Human-readable label for this trading partner. */
            description?: string;
            /**
             * @description EDI format standard; defaults to `X12`.
             * @default X12
             */
            ediStandard?: components["schemas"]["EDIStandard"];
            /**
             * @description Routing tier; defaults to `ProductionA`.
             * @default ProductionA
             */
            routingGroup?: components["schemas"]["RoutingGroup"];
            /**
             * Format: int32
             * @description The network that owns the mailbox (ECGridOS `TPAddEx` `NetworkID`). NOTES `X10-ID-2`.
             */
            networkId?: number;
        };
        /** @description Request body for Find ID. Send `id` or `description` (at least one; live MCP schema, NOTES `X10-ID-2`). */
        ECGridIDFindRequest: {
            /** @description EDI ISA qualifier to search. Valid ISA qualifier (e.g. `"01"`, `"ZZ"`). Optional per the live service (default `%` = any). */
            qualifier?: string;
            /** @description EDI ISA identifier to search. ISA ID value. Send `id` or `description` (live MCP schema: at least one; NOTES `X10-ID-2`). */
            id?: string;
            /**
             * Format: int32
             * @description Network to search. Sentinel (live MCP schema): `-1` = all networks. NOTES `X10-SCOPE-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Mailbox to search within `networkId`. Sentinels (live MCP schema): `-1` = all mailboxes, `0` = the network's root mailbox. NOTES `X10-SCOPE-1`.
             */
            mailboxId?: number;
            /** @description Substring of the ID's description to match instead of `id` (ECGridOS `TPFindEx`). NOTES `X10-SCOPE-1`. */
            description?: string;
            /** @description Include Suspended and Terminated IDs (the live service defaults to `true` here). NOTES `X10-SCOPE-1`. */
            showInactive?: boolean;
        };
        /** @description Request body for List IDs. */
        ECGridIDListRequest: {
            /**
             * Format: int32
             * @description Filter by mailbox ID. `0` is the network's root mailbox (a valid mailbox, not "all"; live MCP schema).
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Filter by network ID.
             */
            networkId?: number;
            /** @description Filter by lifecycle status. */
            status?: components["schemas"]["Status"];
            /**
             * Format: int32
             * @description Page number for pagination.
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of records per page.
             */
            recordsPerPage?: number;
            /**
             * @description Include Suspended and Terminated IDs (ECGridOS `TPListEx` `ShowInactive`). The paged SOAP call names the paging fields `pageSize`/`pageNumber`. NOTES `X10-SCOPE-1`.
             * @default false
             */
            showInactive?: boolean;
        };
        /**
         * @description Request body for Get Mailbox Default: the page's `ecGridId` (its default mailbox), or ECGridOS
         *     `TPGetMailboxDefault(NetworkID, MailboxID)`'s reverse lookup (the mailbox's default ECGrid ID). NOTES `X10-ID-2`.
         */
        ECGridIDMailboxDefaultRequest: {
            /**
             * Format: int32
             * @description The ECGrid ID to retrieve the default mailbox for. Must be a valid ECGrid ID.
             */
            ecGridId?: number;
            /**
             * Format: int32
             * @description The network of `mailboxId` (ECGridOS `NetworkID`).
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The mailbox whose default ECGrid ID to retrieve (ECGridOS `MailboxID`).
             */
            mailboxId?: number;
        };
        /** @description Request body for Move Trading Partner. */
        ECGridIDMoveRequest: {
            /**
             * Format: int32
             * @description The ECGrid ID to move. Must be a valid ECGrid ID.
             */
            ecGridId: number;
            /**
             * Format: int32
             * @description The destination mailbox. Must be a valid mailbox within the same network.
             */
            newMailboxId: number;
            /**
             * Format: date-time
             * @description When the move takes effect (ECGridOS `TPMoveEx` `MoveDateTime`; a future date schedules it). The SOAP name for `newMailboxId` is `mailboxId`.
             */
            moveDateTime?: string;
            /**
             * Format: int32
             * @description The network of `newMailboxId` (ECGridOS `TPMoveEx` `NetworkID`). NOTES `X10-ID-2`.
             */
            networkId?: number;
        };
        /**
         * @description The known fields of ECGridOS `MailboxConfig` (NOTES `X10-NET-2`), accepted by the update-config requests of IDs,
         *     mailboxes and networks next to any other field. The create-a-mailbox guide's update-config body uses two of them
         *     (`inBoxTimeout`, `deleteOnDownload`).
         */
        MailboxConfigFields: {
            /**
             * Format: int32
             * @description Minutes before an undownloaded inbox parcel times out (`InBoxTimeout`, 16-bit).
             */
            inBoxTimeout?: number;
            /**
             * Format: int32
             * @description X12 segment terminator as a byte value (`SegTerm`).
             */
            segTerm?: number;
            /**
             * Format: int32
             * @description X12 element separator as a byte value (`ElmSep`).
             */
            elmSep?: number;
            /**
             * Format: int32
             * @description X12 sub-element separator as a byte value (`SubElmSep`).
             */
            subElmSep?: number;
            /**
             * Format: int32
             * @description EBCDIC filter setting (`EBCDICFilter`, 16-bit).
             */
            ebcdicFilter?: number;
            /** @description FTP ASCII filter (`FTPasciiFilter`). */
            ftpAsciiFilter?: boolean;
            /** @description Low-pass filter (`LowPassFilter`). */
            lowPassFilter?: boolean;
            /** @description Pass mailbags through unchanged (`MailbagPassThrough`). */
            mailbagPassThrough?: boolean;
            /** @description Delete parcels once downloaded (`DeleteOnDownload`). */
            deleteOnDownload?: boolean;
            /** @description Strip directed envelopes (`StripDirectedEnvelope`). */
            stripDirectedEnvelope?: boolean;
        };
        /** @description Request body for Comm Pair (ECGridOS `CommPair(CommType, ECGridIDFrom, ECGridIDTo, DefaultID, TestMode)`, NOTES `X10-COMM-1`). */
        CommPairRequest: {
            /**
             * Format: int32
             * @description The source (sender / originating) ECGrid ID. Must be a valid ECGrid ID.
             */
            ecGridIdFrom: number;
            /**
             * Format: int32
             * @description The destination (receiver) ECGrid ID. Must be a valid ECGrid ID.
             */
            ecGridIdTo: number;
            /** @description Restrict the pairing to one channel type (`CommType`). */
            commType?: components["schemas"]["NetworkGatewayCommChannel"];
            /**
             * Format: int32
             * @description A default comm ID to fall back to (`DefaultID`).
             */
            defaultId?: number;
            /** @description Pair the test channels (`TestMode`). */
            testMode?: boolean;
        };
        /**
         * @description Request body for Create Partner (ECGridOS `InterconnectAdd(ECGridID1, ECGridID2, Reference, ContactName, ContactEMail,
         *     NotifyContact, Preconfirm, Note)`, NOTES `X10-PTN-2`). The SOAP names for `ecGridIdFrom`/`ecGridIdTo` are
         *     `ecGridId1`/`ecGridId2`; the guides' `status` is not a field of the call.
         */
        PartnerCreateRequest: {
            /**
             * Format: int32
             * @description The source (sender / originating) ECGrid ID. Must be a valid ECGrid ID.
             */
            ecGridIdFrom: number;
            /**
             * Format: int32
             * @description The destination (receiver) ECGrid ID. Must be a valid ECGrid ID.
             */
            ecGridIdTo: number;
            /** @description Your reference for the interconnect (`Reference`). */
            reference?: string;
            /** @description Contact for the request (`ContactName`). */
            contactName?: string;
            /** @description The contact's e-mail (`ContactEMail`). */
            contactEMail?: string;
            /** @description E-mail the contact about the request (`NotifyContact`). */
            notifyContact?: boolean;
            /** @description Confirm the interconnect on your side in advance (`Preconfirm`). */
            preconfirm?: boolean;
            /** @description A note attached to the request (`Note`). */
            note?: string;
        };
        /**
         * @description Request body for Update Config.
         *
         *     Additional configuration fields are applied alongside `ecGridId`. Submit only the fields you wish to change; omitted fields retain their current values.
         */
        ECGridIDUpdateConfigRequest: ({
            /**
             * Format: int32
             * @description The ECGrid ID to update configuration for. Must be a valid ECGrid ID.
             */
            ecGridId: number;
        } & {
            [key: string]: unknown;
        }) & components["schemas"]["MailboxConfigFields"];
        /** @description Request body for Update Data Email. */
        ECGridIDUpdateDataEmailRequest: {
            /**
             * Format: int32
             * @description The ECGrid ID to update. Must be a valid ECGrid ID.
             */
            ecGridId: number;
            /**
             * Format: email
             * @description Email address for data delivery notifications.
             */
            email: string;
            /** @description Email protocol to use. */
            emailSystem?: components["schemas"]["EMailSystem"];
            /** @description How EDI data is delivered in the email. */
            emailPayload?: components["schemas"]["EMailPayload"];
        };
        /** @description Request body for Update Description. */
        ECGridIDUpdateDescriptionRequest: {
            /**
             * Format: int32
             * @description The ECGrid ID to update. Must be a valid ECGrid ID.
             */
            ecGridId: number;
            /** @description New description text for the trading partner. */
            description: string;
        };
        /** @description Request body for Update ID. */
        ECGridIDUpdateRequest: {
            /** @description Updated human-readable label. */
            description?: string;
            /** @description Lifecycle status of the ID. */
            status?: components["schemas"]["Status"];
            /** @description EDI format standard. */
            ediStandard?: components["schemas"]["EDIStandard"];
            /** @description Routing tier (ECGridOS `TPSetRoutingGroup`; the only update field besides `description` and `status` the evidence backs). NOTES `X10-ID-2`. */
            routingGroup?: components["schemas"]["RoutingGroup"];
        };
        /** @description Request body for X12 Delimiters. */
        ECGridIDX12DelimitersRequest: {
            /**
             * Format: int32
             * @description The ECGrid ID to configure. Must be a valid ECGrid ID.
             */
            ecGridId: number;
        } & components["schemas"]["X12Delimiters"];
        /** @description Request body for Generate Password. */
        GeneratePasswordRequest: {
            /**
             * Format: int32
             * @description Desired length of the generated password (ECGridOS `GeneratePassword` `Length` is a `short`).
             * @default 12
             */
            length?: number;
        };
        /** @description Request body for Instant Stats. */
        InstantStatsRequest: {
            /**
             * Format: int32
             * @description Duration (in minutes) for the first time window.
             */
            minutes1: number;
            /**
             * Format: int32
             * @description Duration (in minutes) for the second time window.
             */
            minutes2: number;
            /**
             * Format: int32
             * @description The network that owns the mailbox (ECGridOS `ReportInstantStatsEx` `NetworkID`). NOTES `X10-RPT-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The mailbox to report on (`MailboxID`).
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description The ECGrid ID to report on (`ECGridID`).
             */
            ecGridId?: number;
        };
        /** @description A raw ISA interchange header to parse. */
        InterchangeHeaderRequest: {
            /** @description Raw ISA header string to parse the interchange date from. Must be a valid ISA segment string. */
            interchangeHeader: string;
        };
        /** @description Search filters and paging for the interchange inbox / outbox lists. */
        InterchangeListRequest: {
            /**
             * Format: int32
             * @description Filter results to a specific mailbox.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Filter by the sending ECGrid ID.
             */
            ecGridIdFrom?: number;
            /**
             * Format: int32
             * @description Filter by the receiving ECGrid ID.
             */
            ecGridIdTo?: number;
            /**
             * Format: date-time
             * @description Start of the date range to query.
             */
            beginDate?: string;
            /**
             * Format: date-time
             * @description End of the date range to query.
             */
            endDate?: string;
            /**
             * Format: int32
             * @description Page number for paginated results. Defaults to 1.
             * @default 1
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of records per page. Defaults to 100.
             * @default 100
             */
            recordsPerPage?: number;
            /**
             * Format: int32
             * @description The network that owns `mailboxId` (ECGridOS `NetworkID`, the `…Ex` calls). NOTES `X10-SCOPE-1`.
             */
            networkId?: number;
            /** @description Filter by interchange control number (ECGridOS `…ArchiveEx` `InterchangeControlID`). NOTES `X10-SCOPE-1`. */
            interchangeControlId?: string;
        };
        /** @description Request body for Interchange Stats. */
        InterchangeStatsRequest: {
            /**
             * Format: date-time
             * @description Start of the reporting window (inclusive).
             */
            startTime: string;
            /**
             * Format: date-time
             * @description End of the reporting window (inclusive). Must be after `startTime`.
             */
            endTime: string;
            /** @description Filter by inbound, outbound, or both directions. */
            direction: components["schemas"]["Direction"];
            /**
             * Format: int32
             * @description The network that owns the mailbox (ECGridOS `ReportInterchangeStatsEx` `NetworkID`). NOTES `X10-RPT-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The mailbox to report on (`MailboxID`).
             */
            mailboxId?: number;
        };
        /**
         * @description Request body for Create Key: sets a named value on a system object (ECGridOS `KeySet`, NOTES `X10-KEYS-1`).
         *     Send `systemObject`, `objectId`, `key`, `visibility` and `value`. The reference page's body (`userId`, `visibility`) is
         *     kept as a deprecated alternative so its example stays valid; the client never sends it.
         */
        KeyCreateRequest: {
            /** @description The kind of system object the key is attached to (ECGridOS `SystemObject`, e.g. `Mailbox`, `Network`, `User`). */
            systemObject?: components["schemas"]["Objects"];
            /**
             * Format: int64
             * @description The ID of that object (ECGridOS `ObjectID`; the live service rejects the root id 0).
             */
            objectId?: number;
            /** @description The key's name, e.g. `ftp:status` (ECGridOS `Key`). */
            key?: string;
            /** @description The visibility scope the key is stored under (ECGridOS `Visibility`; the SOAP client defaults to `Shared`). */
            visibility?: components["schemas"]["KeyVisibility"];
            /** @description The value to store (ECGridOS `Value`). Treated as a secret by the client (never in an error or log). */
            value?: string;
            /** @description Free-form metadata stored with the value (ECGridOS `Meta`). */
            meta?: string;
            /**
             * Format: int32
             * @description Days until the key expires (ECGridOS `DaysToLive`).
             */
            daysToLive?: number;
            /**
             * Format: int32
             * @deprecated
             * @description The reference page's field ("the user for whom the key is being created"); no evidence source has it.
             */
            userId?: number;
        };
        /**
         * @description Request body for Delete Key: removes a named value from a system object (ECGridOS `KeyRemove`, NOTES `X10-KEYS-1`).
         *     Send `systemObject`, `objectId`, `key` and `visibility`. The reference page's body (`keyId`) is kept as a deprecated
         *     alternative so its example stays valid; the client never sends it.
         */
        KeyDeleteRequest: {
            /** @description The kind of system object the key is attached to (ECGridOS `SystemObject`, e.g. `Mailbox`, `Network`, `User`). */
            systemObject?: components["schemas"]["Objects"];
            /**
             * Format: int64
             * @description The ID of that object (ECGridOS `ObjectID`; the live service rejects the root id 0).
             */
            objectId?: number;
            /** @description The key's name, e.g. `ftp:status` (ECGridOS `Key`). */
            key?: string;
            /** @description The visibility scope the key is stored under (ECGridOS `Visibility`; the SOAP client defaults to `Shared`). */
            visibility?: components["schemas"]["KeyVisibility"];
            /**
             * Format: int32
             * @deprecated
             * @description The reference page's key record ID; no evidence source has it.
             */
            keyId?: number;
        };
        /**
         * @description Request body for Get Key: reads one named value of a system object (ECGridOS `KeyGet`, NOTES `X10-KEYS-1`).
         *     Send `systemObject`, `objectId`, `key` and `visibility`. The reference page's body (`userId`) is kept as a deprecated
         *     alternative so its example stays valid; the client never sends it.
         */
        KeyGetRequest: {
            /** @description The kind of system object the key is attached to (ECGridOS `SystemObject`, e.g. `Mailbox`, `Network`, `User`). */
            systemObject?: components["schemas"]["Objects"];
            /**
             * Format: int64
             * @description The ID of that object (ECGridOS `ObjectID`; the live service rejects the root id 0).
             */
            objectId?: number;
            /** @description The key's name, e.g. `ftp:status` (ECGridOS `Key`). */
            key?: string;
            /** @description The visibility scope the key is stored under (ECGridOS `Visibility`; the SOAP client defaults to `Shared`). */
            visibility?: components["schemas"]["KeyVisibility"];
            /**
             * Format: int32
             * @deprecated
             * @description The reference page's field ("the user whose key should be retrieved"); no evidence source has it.
             */
            userId?: number;
        };
        /**
         * @description Request body for List Keys: every named value of a system object (ECGridOS `KeyList`, NOTES `X10-KEYS-1`).
         *     Send `systemObject` and `objectId`. The reference page's body (`userId`) is kept as a deprecated alternative so its
         *     example stays valid; the client never sends it.
         */
        KeyListRequest: {
            /** @description The kind of system object the key is attached to (ECGridOS `SystemObject`, e.g. `Mailbox`, `Network`, `User`). */
            systemObject?: components["schemas"]["Objects"];
            /**
             * Format: int64
             * @description The ID of that object (ECGridOS `ObjectID`; the live service rejects the root id 0).
             */
            objectId?: number;
            /** @description The reference page's visibility filter. `KeyList` has no such parameter, so the service may ignore it. */
            visibility?: components["schemas"]["KeyVisibility"];
            /**
             * Format: int32
             * @deprecated
             * @description The reference page's field ("the user whose keys should be listed"); no evidence source has it.
             */
            userId?: number;
        };
        /** @description Request body for Login. */
        LoginRequest: {
            /** @description ECGrid username or login identifier. */
            login: string;
            /** @description Account password. */
            password: string;
        };
        /** @description Request body for Create Mailbox. */
        MailboxCreateRequest: {
            /**
             * Format: int32
             * @description ID of the parent network that will own this mailbox.
             */
            networkId: number;
            /** @description Short unique identifier for this mailbox within the network. */
            uniqueId: string;
            /** @description Display name for the mailbox / company. */
            companyName: string;
            /**
             * Format: int32
             * @description The owning user (ECGridOS `MailboxAdd` `UserID`). The SOAP name for `companyName` is `name`. NOTES `X10-NET-1`.
             */
            userId?: number;
        };
        /** @description Request body for List Mailboxes. */
        MailboxListRequest: {
            /**
             * Format: int32
             * @description Filter to mailboxes belonging to this network; `0` returns all accessible mailboxes.
             */
            networkId?: number;
            /** @description Limit results to mailboxes in this status. */
            status?: components["schemas"]["Status"];
            /**
             * Format: int32
             * @description Page number for pagination (default: `1`).
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of records per page (default: `25`).
             */
            recordsPerPage?: number;
            /** @description Mailbox name to match (ECGridOS `MailboxListEx` `Name`). NOTES `X10-SCOPE-1`. */
            name?: string;
        };
        /**
         * @description Request body for Update Mailbox Config.
         *
         *     Additional configuration fields are mailbox-specific. Refer to the live [Swagger UI](https://rest.ecgrid.io/swagger/index.html) for the full field list applicable to your account tier.
         */
        MailboxUpdateConfigRequest: ({
            /**
             * Format: int32
             * @description ID of the mailbox to configure.
             */
            mailboxId: number;
        } & {
            [key: string]: unknown;
        }) & components["schemas"]["MailboxConfigFields"];
        /**
         * @description Request body for Update Mailbox.
         *
         *     Additional optional fields (address, phone, etc.) follow the same shape as the network update. Refer to the live [Swagger UI](https://rest.ecgrid.io/swagger/index.html) for the complete field list.
         */
        MailboxUpdateRequest: {
            /**
             * Format: int32
             * @description ID of the mailbox to update.
             */
            mailboxId: number;
            /** @description Updated display name for the mailbox. */
            companyName?: string;
            /** @description Mailbox description (ECGridOS `MailboxDescription`). NOTES `X10-NET-1`. */
            description?: string;
            /** @description Whether the mailbox is managed (ECGridOS `MailboxManaged`). */
            managed?: boolean;
            /** @description Intended use (ECGridOS `MailboxUse`). */
            useType?: components["schemas"]["UseType"];
        } & {
            [key: string]: unknown;
        };
        /** @description Request body for Set X12 Delimiters. */
        MailboxX12DelimitersRequest: {
            /**
             * Format: int32
             * @description ID of the mailbox to configure.
             */
            mailboxId: number;
        } & components["schemas"]["X12Delimiters"];
        /** @description Request body for Monthly Report. */
        MonthlyReportRequest: {
            /**
             * Format: int32
             * @description The ID of the report to generate. Must be a valid report ID from the report list.
             */
            report: number;
            /**
             * Format: date-time
             * @description The target month for the report (e.g., `2026-04-01T00:00:00Z` for April 2026). Day and time components are ignored.
             */
            month: string;
            /**
             * Format: int32
             * @description The network that owns the mailbox (ECGridOS `ReportMonthlyEx` `NetworkID`). NOTES `X10-RPT-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The mailbox to report on (`MailboxID`).
             */
            mailboxId?: number;
        };
        /** @description Request body for Get Network Contact. */
        NetworkContactRequest: {
            /**
             * Format: int32
             * @description ID of the network to query.
             */
            networkId: number;
            /** @description The role category of the contact to retrieve. */
            contactType: components["schemas"]["NetworkContactType"];
        };
        /** @description Request body for List Networks. */
        NetworkListRequest: {
            /**
             * Format: int32
             * @description Filter to a specific network ID; `0` returns all accessible networks.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Filter networks that own the given mailbox.
             */
            mailboxId?: number;
            /** @description Limit results to networks in this status. */
            status?: components["schemas"]["Status"];
            /**
             * Format: int32
             * @description Page number for pagination (default: `1`).
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of records per page (default: `25`).
             */
            recordsPerPage?: number;
            /** @description Network name to match (ECGridOS `NetworkList` `Name`). NOTES `X10-SCOPE-1`. */
            name?: string;
        };
        /**
         * @description Request body for Update Network Config.
         *
         *     Additional configuration fields are network-specific. Contact ECGrid support or refer to the live [Swagger UI](https://rest.ecgrid.io/swagger/index.html) for the full field list applicable to your account tier.
         */
        NetworkUpdateConfigRequest: ({
            /**
             * Format: int32
             * @description ID of the network to configure.
             */
            networkId: number;
        } & {
            [key: string]: unknown;
        }) & components["schemas"]["MailboxConfigFields"];
        /** @description Request body for Update Network. */
        NetworkUpdateRequest: {
            /**
             * Format: int32
             * @description ID of the network to update.
             */
            networkId: number;
            /** @description Legal company name for the network. */
            companyName?: string;
            /** @description Street address line 1. */
            address1?: string;
            /** @description Street address line 2 (suite, floor, etc.). */
            address2?: string;
            /** @description City. */
            city?: string;
            /** @description State or province abbreviation. */
            state?: string;
            /** @description Postal / ZIP code. */
            zip?: string;
            /** @description Primary contact phone number. */
            phone?: string;
            /**
             * Format: uri
             * @description Public website URL.
             */
            website?: string;
            /** @description Network name (ECGridOS `NetworkUpdate` `Name`; the page's `companyName` is kept). NOTES `X10-NET-1`. */
            name?: string;
            /** @description Network location (ECGridOS `NetworkUpdate` `Location`). */
            location?: string;
        };
        /** @description Request body for Set X12 Delimiters. */
        NetworkX12DelimitersRequest: {
            /**
             * Format: int32
             * @description ID of the network to configure.
             */
            networkId: number;
        } & components["schemas"]["X12Delimiters"];
        /** @description Request body for Acknowledgment Note. */
        ParcelAcknowledgmentNoteRequest: {
            /**
             * Format: int64
             * @description Unique identifier of the parcel.
             */
            parcelId: number;
            /** @description Acknowledgment text to attach to the parcel. */
            note: string;
            /** @description Subject of the acknowledgment note (ECGridOS `ParcelAcknowledgmentNote` `Subject`). */
            subject?: string;
        };
        /** @description Request body for Find Mailbag Control ID. */
        ParcelFindMailbagControlIdRequest: {
            /**
             * Format: int32
             * @description Narrow the search to a specific mailbox.
             */
            mailboxId?: number;
            /** @description The mailbag control ID string to search for. */
            mailbagControlId: string;
            /**
             * Format: int32
             * @description The network that owns `mailboxId` (ECGridOS `NetworkID`, the `…Ex` calls). NOTES `X10-SCOPE-1`.
             */
            networkId?: number;
        };
        /** @description Identifies a single parcel. */
        ParcelIdRequest: {
            /**
             * Format: int64
             * @description Unique identifier of the parcel.
             */
            parcelId: number;
        };
        /** @description Search filters and paging for the parcel inbox / outbox lists. */
        ParcelListRequest: {
            /**
             * Format: int32
             * @description Filter by mailbox ID; defaults to authenticated user's mailbox.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Filter by sender ECGrid ID.
             */
            ecGridIdFrom?: number;
            /**
             * Format: int32
             * @description Filter by recipient ECGrid ID.
             */
            ecGridIdTo?: number;
            /** @description Filter by parcel status. */
            status?: components["schemas"]["ParcelStatus"];
            /**
             * Format: date-time
             * @description Return parcels created on or after this date.
             */
            beginDate?: string;
            /**
             * Format: date-time
             * @description Return parcels created on or before this date.
             */
            endDate?: string;
            /**
             * Format: int32
             * @description Page number for paginated results.
             * @default 1
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of records per page.
             * @default 25
             */
            recordsPerPage?: number;
            /**
             * Format: int32
             * @description The network that owns `mailboxId` (ECGridOS `NetworkID`, the `…Ex` calls). NOTES `X10-SCOPE-1`.
             */
            networkId?: number;
            /** @description Filter by mailbag control ID (ECGridOS `…ArchiveEx` `MailbagControlID`). NOTES `X10-SCOPE-1`. */
            mailbagControlId?: string;
        };
        /** @description Request body for Pending Inbox List. */
        ParcelPendingInboxListRequest: {
            /**
             * Format: int32
             * @description Mailbox to check for pending parcels; defaults to authenticated user's mailbox.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description The network that owns `mailboxId` (ECGridOS `NetworkID`, the `…Ex` calls). NOTES `X10-SCOPE-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Filter by sender ECGrid ID (ECGridOS `ParcelInBoxEx` `ECGridIDFrom`). NOTES `X10-SCOPE-1`.
             */
            ecGridIdFrom?: number;
            /**
             * Format: int32
             * @description Filter by recipient ECGrid ID (`ECGridIDTo`). NOTES `X10-SCOPE-1`.
             */
            ecGridIdTo?: number;
        };
        /** @description Request body for Send Test File. */
        ParcelSendTestFileRequest: {
            /**
             * Format: int32
             * @description Sender ECGrid ID for the test transmission.
             */
            ecGridIdFrom: number;
            /**
             * Format: int32
             * @description Recipient ECGrid ID for the test transmission.
             */
            ecGridIdTo: number;
            /** @description EDI document type to use in the test file (e.g., `"850"`). The service (ECGridOS `ParcelTest`, the live test tools) expects an `EDIStandard` name such as `X12` or `EDIFACT`; the page's example value is kept valid. */
            documentType?: string;
        };
        /** @description Request body for Set Mailbag Control ID. */
        ParcelSetMailbagControlIdRequest: {
            /**
             * Format: int64
             * @description Unique identifier of the parcel.
             */
            parcelId: number;
            /** @description Custom control ID string to assign to this parcel. */
            mailbagControlId: string;
        };
        /** @description Request body for Update Parcel. */
        ParcelUpdateRequest: {
            /**
             * Format: int64
             * @description Unique identifier of the parcel to update.
             */
            parcelId: number;
            /** @description New status to assign to the parcel. */
            status?: components["schemas"]["ParcelStatus"];
            /** @description Record the status in the transaction log only (ECGridOS `ParcelUpdateStatus` `TransLogOnly`). NOTES `X10-PAR-4`. */
            transLogOnly?: boolean;
        };
        /** @description Request body for Upload Parcel. */
        ParcelUploadRequest: {
            /** @description Name of the EDI file being uploaded. */
            fileName: string;
            /** @description EDI file content encoded as a Base64 string. */
            content: string;
            /**
             * Format: int32
             * @description Size of the file in bytes.
             */
            bytes?: number;
            /**
             * Format: int32
             * @description Sender ECGrid ID; overrides ISA sender qualifier if provided.
             */
            ecGridIdFrom?: number;
            /**
             * Format: int32
             * @description Recipient ECGrid ID; overrides ISA receiver qualifier if provided.
             */
            ecGridIdTo?: number;
            /**
             * Format: int32
             * @description Mailbox to send from; defaults to the authenticated user's mailbox.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description The network of `mailboxId` (ECGridOS `ParcelUploadEx` `NetworkID`). The guides' `fromECGridId`/`toECGridId` and SOAP's `contentBase64` are alternative names, never sent. NOTES `X10-PAR-1`.
             */
            networkId?: number;
        };
        /** @description Request body for Add Note. */
        PartnerAddNoteRequest: {
            /**
             * Format: int32
             * @description The interconnect to add the note to. Must be a valid interconnect ID.
             */
            interconnectId: number;
            /** @description The note text to append to the interconnect record. */
            note: string;
            /** @description Lowest permission level that may read the note (ECGridOS `InterconnectNote` `AuthLevel`). NOTES `X10-PTN-2`. */
            authLevel?: components["schemas"]["AuthLevel"];
            /** @description File name of an attachment (`AttachmentName`). */
            attachmentName?: string;
            /** @description The attachment, Base64 (`AttachmentContent`). */
            attachmentContent?: string;
            /** @description Who is e-mailed the note (`EMailTo`). */
            eMailTo?: components["schemas"]["NoteEMailTo"];
            /** @description The address for the `…Other` choices of `eMailTo` (`OtherEMailAddress`). */
            otherEMailAddress?: string;
        };
        /** @description Request body for Count Partners. */
        PartnerCountRequest: {
            /**
             * Format: int32
             * @description The ECGrid ID to count interconnects for. Must be a valid ECGrid ID.
             */
            ecGridId: number;
            /** @description Filter by interconnect status. */
            status?: components["schemas"]["InterconnectStatusFilter"];
            /**
             * Format: int32
             * @description Network to count interconnects of (ECGridOS `InterconnectCountEx` `NetworkID`). NOTES `X10-SCOPE-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Mailbox to count interconnects of (`MailboxID`). NOTES `X10-SCOPE-1`.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Traffic-recency window in days (`MaxDays`). NOTES `X10-SCOPE-1`.
             */
            maxDays?: number;
        };
        /** @description Request body for List Partners. */
        PartnerListRequest: {
            /**
             * Format: int32
             * @description The ECGrid ID to list interconnects for. Optional per the live service (ECGridOS `InterconnectListByStatusEx` `ECGridID`). NOTES `X10-SCOPE-1`.
             */
            ecGridId?: number;
            /** @description Filter by interconnect status. */
            status?: components["schemas"]["InterconnectStatusFilter"];
            /**
             * Format: int32
             * @description Page number for pagination.
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of records per page.
             */
            recordsPerPage?: number;
            /**
             * Format: int32
             * @description ECGrid ID on one side of the interconnect pair (ECGridOS `InterconnectListByECGridID` `ECGridID1`). Sentinel (live MCP schema): `-1` = any (prefer omitting it). NOTES `X10-SCOPE-1`.
             */
            ecGridId1?: number;
            /**
             * Format: int32
             * @description ECGrid ID on the other side of the pair (`ECGridID2`). Sentinel: `-1` = any (prefer omitting it). NOTES `X10-SCOPE-1`.
             */
            ecGridId2?: number;
            /**
             * Format: int32
             * @description Network to list interconnects of. Sentinel (live MCP schema): `-1` = all networks. NOTES `X10-SCOPE-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Mailbox to list interconnects of. Sentinels (live MCP schema): `-1` = all mailboxes, `0` = the network's root mailbox. NOTES `X10-SCOPE-1`.
             */
            mailboxId?: number;
            /**
             * Format: int32
             * @description Traffic-recency window in days. Sentinel (live MCP schema): `-1` = no limit (the backend's own default is 30). NOTES `X10-SCOPE-1`.
             */
            maxDays?: number;
        };
        /** @description Request body for List Notes. */
        PartnerNoteListRequest: {
            /**
             * Format: int32
             * @description The interconnect to retrieve notes for. Must be a valid interconnect ID.
             */
            interconnectId: number;
        };
        /** @description Request body for Create Portal. */
        PortalCreateRequest: {
            /**
             * Format: int32
             * @description The mailbox to associate with the new portal. Must be a valid mailbox ID.
             */
            mailboxId: number;
        };
        /** @description Request body for Refresh Token. */
        RefreshTokenRequest: {
            /** @description The current Bearer token to refresh. Valid JWT. */
            token: string;
        };
        /** @description Request body for Report by Date. */
        ReportByDateRequest: {
            /**
             * Format: int32
             * @description The ID of the report to run. Must be a valid report ID from the report list. (SOAP and the monthly page call it `report`.)
             */
            reportId: number;
            /**
             * Format: date-time
             * @description Start of the date range (inclusive).
             */
            startDate: string;
            /**
             * Format: date-time
             * @description End of the date range (inclusive). Must be after `startDate`.
             */
            endDate: string;
            /**
             * Format: int32
             * @description The network that owns the mailbox (ECGridOS `ReportByDateEx` `NetworkID`). NOTES `X10-RPT-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The mailbox to report on (`MailboxID`; the live service's report tools say the backend requires a mailbox).
             */
            mailboxId?: number;
        };
        /** @description Request body for Traffic Stats. */
        TrafficStatsRequest: {
            /**
             * Format: date-time
             * @description The reference point from which periods are calculated (typically now or a past timestamp).
             */
            targetTime: string;
            /**
             * Format: int32
             * @description Number of periods to return going back from `targetTime`.
             */
            numPeriods: number;
            /** @description The granularity of each period (hour, day, week, or month). */
            period: components["schemas"]["StatisticsPeriod"];
            /**
             * Format: int32
             * @description The network that owns the mailbox (ECGridOS `ReportTrafficStatsEx` `NetworkID`). NOTES `X10-RPT-1`.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The mailbox to report on (`MailboxID`).
             */
            mailboxId?: number;
        };
        /** @description Request body for Get User by Name. */
        UserByNameRequest: {
            /** @description The login name to search for. */
            login: string;
        };
        /** @description Request body for Create User. */
        UserCreateRequest: {
            /** @description Username for authentication. Unique within the network. */
            login: string;
            /** @description Initial password for the user. Must contain at least one lowercase letter, one uppercase letter, one digit, and one special character. */
            password: string;
            /**
             * Format: email
             * @description User's email address.
             */
            email: string;
            /** @description User's first name. */
            firstName?: string;
            /** @description User's last name. */
            lastName?: string;
            /**
             * Format: int32
             * @description Network to create the user under. Defaults to caller's network.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Mailbox to associate with the user. Defaults to caller's mailbox.
             */
            mailboxId?: number;
            /**
             * @description Permission level to assign.
             * @default MailboxUser
             */
            authLevel?: components["schemas"]["AuthLevel"];
            /** @description Password-recovery question (ECGridOS `UserAddEx` `RecoveryQuestion`). The guide's name for `login` is `loginName`. NOTES `X10-USR-2`. */
            recoveryQuestion?: string;
            /** @description Answer to the recovery question (`RecoveryAnswer`); a secret, scrubbed from errors by the client. */
            recoveryAnswer?: string;
            /** @description Company (`Company`). */
            company?: string;
            /** @description Phone (`Phone`). */
            phone?: string;
            /** @description Cell phone for SMS (`CellPhone`). */
            cellPhone?: string;
            /** @description Carrier of `cellPhone` (`CellCarrier`). */
            cellCarrier?: components["schemas"]["CellCarrier"];
        };
        /** @description Request body for List Users. */
        UserListRequest: {
            /**
             * Format: int32
             * @description Filter by network ID.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Filter by mailbox ID. Sentinels (live MCP schema): `-1` = all mailboxes, `0` = the network's root mailbox.
             */
            mailboxId?: number;
            /** @description Filter by user permission level. */
            authLevel?: components["schemas"]["AuthLevel"];
            /** @description Filter by user lifecycle status. */
            status?: components["schemas"]["Status"];
            /**
             * Format: int32
             * @description Page number for pagination.
             * @default 1
             */
            pageNo?: number;
            /**
             * Format: int32
             * @description Number of results per page.
             * @default 25
             */
            recordsPerPage?: number;
            /** @description Substring of the login or e-mail to match (ECGridOS `UserListEx` `Name`). The live service wants at least one of `networkId`, `mailboxId`, `name`. NOTES `X10-SCOPE-1`. */
            name?: string;
            /** @description List only locked-out users (ECGridOS `UserListLockedOutEx`). NOTES `X10-SCOPE-1`. */
            lockedOut?: boolean;
        };
        /** @description Request body for Send SMS. */
        UserSendSmsRequest: {
            /**
             * Format: int32
             * @description ID of the user to receive the SMS. Must be an existing user.
             */
            userId: number;
            /** @description The text message content to send. */
            message: string;
        };
        /** @description Request body for Set Network Mailbox. */
        UserSetNetworkMailboxRequest: {
            /**
             * Format: int32
             * @description ID of the user to update. Must be an existing user.
             */
            userId: number;
            /**
             * Format: int32
             * @description The network ID to associate with the user.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description The mailbox ID to associate with the user.
             */
            mailboxId?: number;
        };
        /** @description Request body for Set Role. */
        UserSetRoleRequest: {
            /**
             * Format: int32
             * @description ID of the user whose role to change. Must be an existing user.
             */
            userId: number;
            /** @description The new permission level to assign. */
            authLevel: components["schemas"]["AuthLevel"];
            /**
             * Format: int32
             * @description Scope the role to this network.
             */
            networkId?: number;
            /**
             * Format: int32
             * @description Scope the role to this mailbox.
             */
            mailboxId?: number;
        };
        /**
         * @description Request body for Update Config.
         *
         *     Additional configuration fields are passed alongside `userId`. Omit any field to leave its current value unchanged.
         */
        UserUpdateConfigRequest: {
            /**
             * Format: int32
             * @description ID of the user whose configuration to update. Must be an existing user.
             */
            userId: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Request body for Update Password. */
        UserUpdatePasswordRequest: {
            /**
             * Format: int32
             * @description ID of the user whose password to change. Must be an existing user.
             */
            userId: number;
            /** @description The new password to set. Must contain at least one lowercase letter, one uppercase letter, one digit, and one special character. */
            newPassword: string;
            /** @description The current recovery answer (ECGridOS `UserPassword` `CurrentRecoveryAnswer`); a secret. The SOAP name for `newPassword` is `password`. NOTES `X10-USR-2`. */
            currentRecoveryAnswer?: string;
            /** @description A new recovery question (`RecoveryQuestion`). */
            recoveryQuestion?: string;
            /** @description A new recovery answer (`RecoveryAnswer`); a secret. */
            recoveryAnswer?: string;
        };
        /** @description Request body for Update User. */
        UserUpdateRequest: {
            /**
             * Format: int32
             * @description ID of the user to update. Must be an existing user.
             */
            userId: number;
            /**
             * Format: email
             * @description Updated email address.
             */
            email?: string;
            /** @description Updated first name. */
            firstName?: string;
            /** @description Updated last name. */
            lastName?: string;
            /** @description Company (ECGridOS `UserUpdate` `Company`). NOTES `X10-USR-2`. */
            company?: string;
            /** @description Phone (`Phone`). */
            phone?: string;
            /** @description Cell phone for SMS (`CellPhone`). */
            cellPhone?: string;
            /** @description Carrier of `cellPhone` (`CellCarrier`). */
            cellCarrier?: components["schemas"]["CellCarrier"];
            /** @description Permission level (`AuthLevel`). */
            authLevel?: components["schemas"]["AuthLevel"];
        };
        /**
         * @description User permission level. Controls what operations a user or API key may perform.
         *
         *     - `NoChange` — Retain the current AuthLevel — used in update operations to leave the level unchanged
         *     - `Root` — Unrestricted system-level access (Loren Data internal only)
         *     - `TechOps` — Technical operations access across all networks
         *     - `NetOps` — Network operations access
         *     - `NetworkAdmin` — Full administrative access within a single network
         *     - `NetworkUser` — Standard user access within a network
         *     - `MailboxAdmin` — Full administrative access within a single mailbox
         *     - `MailboxUser` — Standard user access within a mailbox
         *     - `TPUser` — Trading partner–level access
         *     - `General` — Minimal general-purpose access
         * @enum {string}
         */
        AuthLevel: "NoChange" | "Root" | "TechOps" | "NetOps" | "NetworkAdmin" | "NetworkUser" | "MailboxAdmin" | "MailboxUser" | "TPUser" | "General";
        /**
         * @description Mobile carrier for SMS notifications sent via the Users API.
         *
         *     - `ATTCingular` — AT&T / Cingular Wireless
         *     - `Verizon` — Verizon Wireless
         *     - `TMobile` — T-Mobile
         *     - `SprintPCS` — Sprint PCS
         *     - `Nextel` — Nextel
         *     - `BoostMobile` — Boost Mobile
         *     - `USCellular` — US Cellular
         *     - `MetroPCS` — Metro PCS
         *
         *     ECGridOS' `CellCarrier` adds `NoChange`, `Undefined`, `Alltel`, `VirginMobile`, `ATTPreCingular`, `ATT` and `Powertel` (NOTES `X10-ENUM-3`).
         *
         *     Additional carriers may be available in the live API. Check the Swagger UI at [rest.ecgrid.io/swagger](https://rest.ecgrid.io/swagger/index.html) for the current complete list.
         *
         *     Set on the user's account (see Send SMS / Update Config); no documented request or response field carries it, so it is not referenced by any operation here.
         * @enum {string}
         */
        CellCarrier: "ATTCingular" | "Verizon" | "TMobile" | "SprintPCS" | "Nextel" | "BoostMobile" | "USCellular" | "MetroPCS" | "NoChange" | "Undefined" | "Alltel" | "VirginMobile" | "ATTPreCingular" | "ATT" | "Powertel";
        /**
         * @description Hash algorithm used when generating or renewing a certificate (documented on the Create Certificate page; not listed in the ENUMs appendix).
         *
         *     - `SHA1` — SHA-1 hashing — established, not recommended for new certificates
         *     - `SHA256` — SHA-256 hashing — recommended minimum for new certificates
         *     - `SHA384` — SHA-384 hashing
         *     - `SHA512` — SHA-512 hashing — strongest available option
         *     - `sha1`, `sha2` — the values of ECGridOS' own `SecureHashAlgorithm` (`CertificateCreatePrivate`); the service may reject a
         *       `SHA256`-style value (NOTES `X10-ENUM-3`, `X10-CERT-1`)
         * @enum {string}
         */
        CertificateSecureHashAlgorithm: "SHA1" | "SHA256" | "SHA384" | "SHA512" | "sha1" | "sha2";
        /**
         * @description Type of digital certificate used for AS2 or encryption.
         *
         *     - `X509` — X.509 public-key certificate (most common for AS2 and TLS)
         *     - `PGP` — PGP (Pretty Good Privacy) certificate
         *     - `SSH` — SSH public key
         * @enum {string}
         */
        CertificateType: "X509" | "PGP" | "SSH";
        /**
         * @description Intended usage for a certificate.
         *
         *     - `SSL` — TLS/SSL transport security
         *     - `Encryption` — Payload encryption
         *     - `Signature` — Digital signature only
         *     - `EncryptionAndSignature` — Both encryption and digital signature
         * @enum {string}
         */
        CertificateUsage: "SSL" | "Encryption" | "Signature" | "EncryptionAndSignature";
        /**
         * @description Message direction relative to the local mailbox.
         *
         *     - `NoDir` — No direction specified; used in queries that span both directions
         *     - `OutBox` — Outbound — messages sent from this mailbox to a trading partner
         *     - `InBox` — Inbound — messages received by this mailbox from a trading partner
         * @enum {string}
         */
        Direction: "NoDir" | "OutBox" | "InBox";
        /**
         * @description EDI document standard or file format.
         *
         *     - `X12` — ANSI ASC X12 (the primary EDI standard in North America)
         *     - `EDIFACT` — UN/EDIFACT (international EDI standard)
         *     - `TRADACOMS` — TRADACOMS (UK retail EDI standard)
         *     - `VDA` — VDA (German automotive EDI standard)
         *     - `XML` — XML-based document
         *     - `TXT` — Plain text file
         *     - `PDF` — PDF document
         *     - `Binary` — Binary file (non-EDI payload)
         * @enum {string}
         */
        EDIStandard: "X12" | "EDIFACT" | "TRADACOMS" | "VDA" | "XML" | "TXT" | "PDF" | "Binary";
        /**
         * @description How the EDI payload is attached to an email notification.
         *
         *     - `Body` — Payload included in the email body
         *     - `Attachment` — Payload included as an email attachment
         * @enum {string}
         */
        EMailPayload: "Body" | "Attachment";
        /**
         * @description Email transport system used for EDI-over-email delivery.
         *
         *     - `smtp` — SMTP (standard internet email)
         *     - `x400` — X.400 email messaging system
         * @enum {string}
         */
        EMailSystem: "smtp" | "x400";
        /**
         * @description HTTP authentication method for callbacks and comm channel connections.
         *
         *     - `None` — No HTTP authentication
         *     - `Basic` — HTTP Basic authentication (base64-encoded credentials)
         *     - `Digest` — HTTP Digest authentication
         *     - `Certificate` — client-certificate authentication (ECGridOS `HTTPAuthType`; not in the ENUMs appendix)
         * @enum {string}
         */
        HTTPAuthType: "None" | "Basic" | "Digest" | "Certificate";
        /**
         * @description Visibility scope of a key/value record stored on a system object (ECGridOS `KeyVisibility`).
         *
         *     - `Private` — visible only to the user who set it
         *     - `Shared` — shared within the object's network or mailbox
         *     - `Public` — publicly visible
         *     - `Session` — tied to a session; expires when the session ends
         * @enum {string}
         */
        KeyVisibility: "Private" | "Shared" | "Public" | "Session";
        /**
         * @description Contact role for a network. Used when retrieving or updating network contact information.
         *
         *     - `Owner` — Primary owner of the network account
         *     - `Errors` — Contact for error notifications and alerts
         *     - `Interconnects` — Contact for interconnect setup and requests
         *     - `Notices` — Contact for general notices and announcements
         *     - `Reports` — Contact for scheduled reports
         *     - `Accounting` — Contact for billing and accounting matters
         *     - `CustomerService` — Customer service contact
         * @enum {string}
         */
        NetworkContactType: "Owner" | "Errors" | "Interconnects" | "Notices" | "Reports" | "Accounting" | "CustomerService";
        /**
         * @description Communication channel type for network gateway connections.
         *
         *     - `none` — No channel configured
         *     - `ftp` — FTP (plain)
         *     - `sftp` — SFTP (SSH File Transfer Protocol)
         *     - `as2` — AS2 (Applicability Statement 2)
         *     - `http` — HTTP
         *     - `oftp` — OFTP (Odette File Transfer Protocol)
         *     - `x400` — X.400 messaging
         *     - `gisb` — GISB (Gas Industry Standards Board)
         *     - `rnif` — RosettaNet Implementation Framework
         *     - `cxml` — cXML (Commerce XML)
         *     - `ftpsslimplicit` — FTP over SSL with implicit TLS
         *     - `peppol` — PEPPOL (Pan-European Public Procurement Online)
         *     - `as4` — AS4 (successor to AS2 for B2B messaging)
         *     - `undefined` — Channel type not yet defined
         * @enum {string}
         */
        NetworkGatewayCommChannel: "none" | "ftp" | "sftp" | "as2" | "http" | "oftp" | "x400" | "gisb" | "rnif" | "cxml" | "ftpsslimplicit" | "peppol" | "as4" | "undefined";
        /**
         * @description Object type used in audit logs, callback events, and system filtering.
         *
         *     - `System` — System-level event
         *     - `User` — User account object
         *     - `Network` — Network object
         *     - `Mailbox` — Mailbox object
         *     - `ECGridID` — ECGrid trading partner ID
         *     - `Interconnect` — Interconnect (partner relationship) object
         *     - `Migration` — Migration record (legacy; deprecated)
         *     - `Parcel` — Parcel (file container) object
         *     - `Interchange` — EDI interchange object
         *     - `CarbonCopy` — Carbon copy routing rule object
         *     - `CallBackEvent` — Callback/webhook event object
         *     - `AS2` — AS2 connection object
         *     - `Comm` — Communications channel object
         *     - `GISB` — GISB channel object
         *     - `InterconnectNote` — Note attached to an interconnect
         *     - `PriceList` — Pricing list object
         *     - `Contract` — Contract object
         *     - `Invoice` — Invoice object
         * @enum {string}
         */
        Objects: "System" | "User" | "Network" | "Mailbox" | "ECGridID" | "Interconnect" | "Migration" | "Parcel" | "Interchange" | "CarbonCopy" | "CallBackEvent" | "AS2" | "Comm" | "GISB" | "InterconnectNote" | "PriceList" | "Contract" | "Invoice";
        /**
         * @description Parcel delivery state. A parcel is the file-level container for one or more EDI interchanges.
         *
         *     - `InBoxReady` — Parcel has been received and is ready for download by the recipient
         *     - `InBoxTransferred` — Parcel has been downloaded (transferred) to the recipient
         *     - `InBoxArchived` — Parcel has been moved to archive storage after download
         *     - `as2Receive` — Parcel was received via an AS2 channel
         *     - `as2Sent` — Parcel was delivered via an AS2 channel
         *     - `ftpReceived` — Parcel was received via an FTP/SFTP channel
         *     - `ftpSent` — Parcel was delivered via an FTP/SFTP channel
         *     - `outboxPending` — Parcel is queued for outbound delivery
         *     - `outboxSent` — Parcel has been sent and delivery is in progress
         *     - `outboxAcknowledged` — Delivery has been acknowledged by the receiving party
         *     - `outboxRetry` — Delivery failed and the system is retrying
         *     - `outboxFailed` — Delivery failed after all retry attempts were exhausted
         *     - `outboxDeliveryError` — A delivery error was encountered (may recover)
         *     - `outboxTransferred` — Parcel has been handed off to a downstream carrier or VAN
         *     - `Cancelled` — Parcel was cancelled before delivery
         *     - `VaultReady` — Parcel is stored in the ECGrid Vault for long-term retention
         *
         *     ECGridOS' `ParcelStatus` (WSDL) has 33 values, 7 of them shared with the list above; its other 26 (protocol-specific
         *     receive/send/MDN states such as `as2MDNSent`, `oftpAborted`, `as4SendFailed`, and `x1256Pending`) are listed too
         *     (NOTES `X10-ENUM-3`).
         * @enum {string}
         */
        ParcelStatus: "InBoxReady" | "InBoxTransferred" | "InBoxArchived" | "as2Receive" | "as2Sent" | "ftpReceived" | "ftpSent" | "outboxPending" | "outboxSent" | "outboxAcknowledged" | "outboxRetry" | "outboxFailed" | "outboxDeliveryError" | "outboxTransferred" | "Cancelled" | "VaultReady" | "x1256Pending" | "as2MDNSent" | "as2MDNPending" | "as2MDNRejected" | "as2MDNConfirmed" | "as2SendFailed" | "gisbReceived" | "gisbSent" | "gisbSendFailed" | "cxmlReceived" | "cxmlSent" | "cxmlSendFailed" | "x400Received" | "smtpReceived" | "oftpReceived" | "oftpSendFailed" | "oftpSent" | "oftpAborted" | "ftpSendFailed" | "as4Received" | "as4MDNSent" | "as4MDNPending" | "as4MDNRejected" | "as4MDNConfirmed" | "as4Sent" | "as4SendFailed";
        /**
         * @description AS2 Message Disposition Notification (MDN) receipt type.
         *
         *     - `None` — No receipt requested
         *     - `SynchronousUnsigned` — Synchronous MDN, unsigned
         *     - `SynchronousSigned` — Synchronous MDN, digitally signed
         *     - `AsynchronousUnsigned` — Asynchronous MDN, unsigned
         *     - `AsynchronousSigned` — Asynchronous MDN, digitally signed
         *
         *     Not referenced by any documented REST request or response field; kept because the ENUMs appendix lists it.
         * @enum {string}
         */
        ReceiptType: "None" | "SynchronousUnsigned" | "SynchronousSigned" | "AsynchronousUnsigned" | "AsynchronousSigned";
        /**
         * @description ECGrid internal routing group. Determines which production cluster or environment handles the traffic.
         *
         *     - `ProductionA` — Primary production routing cluster A
         *     - `ProductionB` — Primary production routing cluster B
         *     - `Migration1` — Migration routing group 1 (temporary, used during network migrations)
         *     - `Migration2` — Migration routing group 2
         *     - `ManagedFileTransfer` — Managed file transfer routing path
         *     - `Test` — Test environment routing
         *     - `SuperHub` — Super-hub routing for large-volume networks
         *     - `Suspense1` — Suspense hold group 1
         *     - `Suspense2` — Suspense hold group 2
         *     - `Suspense3` — Suspense hold group 3
         *     - `NetOpsOnly1` — Restricted to network operations staff only — group 1
         *     - `NetOpsOnly2` — Restricted to network operations staff only — group 2
         * @enum {string}
         */
        RoutingGroup: "ProductionA" | "ProductionB" | "Migration1" | "Migration2" | "ManagedFileTransfer" | "Test" | "SuperHub" | "Suspense1" | "Suspense2" | "Suspense3" | "NetOpsOnly1" | "NetOpsOnly2";
        /**
         * @description Time period granularity for report and statistics queries.
         *
         *     - `Hour` — Hourly statistics
         *     - `Day` — Daily statistics
         *     - `Week` — Weekly statistics
         *     - `Month` — Monthly statistics
         * @enum {string}
         */
        StatisticsPeriod: "Hour" | "Day" | "Week" | "Month";
        /**
         * @description Object lifecycle status. Applies to networks, mailboxes, IDs, interconnects, users, and other resources.
         *
         *     - `Development` — Object is being configured and is not yet live
         *     - `Active` — Object is live and fully operational
         *     - `Preproduction` — Object is in a staging/testing state before going active
         *     - `Suspended` — Object is temporarily disabled; can be reactivated
         *     - `Terminated` — Object has been permanently deactivated
         * @enum {string}
         */
        Status: "Development" | "Active" | "Preproduction" | "Suspended" | "Terminated";
        /**
         * @description Who is e-mailed an interconnect note (ECGridOS `eMailTo`, NOTES `X10-PTN-2`).
         * @enum {string}
         */
        NoteEMailTo: "NoEMail" | "Requestor" | "Network" | "RequestorAndNetwork" | "Other" | "RequestorAndOther" | "NetworkAndOther" | "EMailAll";
        /**
         * @description Interconnect status filter of the partner list/count requests (NOTES `X10-ENUM-3`, `X10-SCOPE-1`): the reference
         *     pages' `Status` values plus ECGridOS' `StatusInterconnect` (`Pending`, `Completed`, `Canceled`, `Delayed`, `Problem`,
         *     `AuthorizationRequired`, `NoStatusChange`). The live service accepts only the `StatusInterconnect` values ("allowed values
         *     (and only these)"; `NoStatusChange` = any, its default); the `Status` values are kept so the pages' examples stay valid.
         * @enum {string}
         */
        InterconnectStatusFilter: "Development" | "Active" | "Preproduction" | "Suspended" | "Terminated" | "Pending" | "Completed" | "Canceled" | "Delayed" | "Problem" | "AuthorizationRequired" | "NoStatusChange";
        /**
         * @description Designates whether an ECGrid ID or resource is for test or production use.
         *
         *     - `Undefined` — No use type specified
         *     - `Test` — Test traffic only; not used for live production EDI
         *     - `Production` — Live production EDI only
         *     - `TestAndProduction` — Accepts both test and production traffic
         * @enum {string}
         */
        UseType: "Undefined" | "Test" | "Production" | "TestAndProduction";
    };
    responses: {
        /** @description Bad Request — validation failed (missing required field, malformed JSON, constraint violation; legacy code `InvalidParameter`); see `message` and `detail`. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "httpStatus": 400,
                 *       "success": false,
                 *       "message": "One or more request fields are invalid.",
                 *       "detail": "A required field is missing or a value violates a documented constraint.",
                 *       "traceId": "0HN7K2A1B3C:00000001",
                 *       "errorInfo": null
                 *     }
                 */
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Unauthorized — missing, invalid, revoked or expired credentials (legacy codes `InvalidAPIKey`, `InvalidSession`). */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "httpStatus": 401,
                 *       "success": false,
                 *       "message": "The provided API key is not valid or has been revoked.",
                 *       "detail": null,
                 *       "traceId": "0HN7K2A1B3C:00000001",
                 *       "errorInfo": null
                 *     }
                 */
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Forbidden — authenticated, but the caller's `AuthLevel` does not permit this operation (legacy code `AccessDenied`). */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "httpStatus": 403,
                 *       "success": false,
                 *       "message": "Access denied.",
                 *       "detail": "This operation requires NetworkAdmin or higher AuthLevel.",
                 *       "traceId": "0HN7K2A1B3C:00000001",
                 *       "errorInfo": null
                 *     }
                 */
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Not Found — the resource does not exist or is not visible to the caller (legacy code `ObjectNotFound`). */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "httpStatus": 404,
                 *       "success": false,
                 *       "message": "No user found with the supplied ID.",
                 *       "detail": "The user ID may not exist or may not be accessible under your session.",
                 *       "traceId": "0HN7K2A1B3C:00000001",
                 *       "errorInfo": null
                 *     }
                 */
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Conflict — state conflict, e.g. a duplicate object or a version mismatch. */
        Conflict: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "httpStatus": 409,
                 *       "success": false,
                 *       "message": "An object with the same key already exists.",
                 *       "detail": null,
                 *       "traceId": "0HN7K2A1B3C:00000001",
                 *       "errorInfo": null
                 *     }
                 */
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Too Many Requests — rate limit exceeded (legacy code `RateLimitExceeded`); honour `Retry-After` and back off exponentially. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "httpStatus": 429,
                 *       "success": false,
                 *       "message": "Rate limit exceeded.",
                 *       "detail": "Retry after the number of seconds given in the Retry-After header.",
                 *       "traceId": "0HN7K2A1B3C:00000001",
                 *       "errorInfo": null
                 *     }
                 */
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Internal Server Error — unexpected server fault (legacy code `InternalError`); retry with exponential backoff (max 3 attempts). */
        InternalServerError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "httpStatus": 500,
                 *       "success": false,
                 *       "message": "An unexpected error occurred.",
                 *       "detail": null,
                 *       "traceId": "0HN7K2A1B3C:00000001",
                 *       "errorInfo": null
                 *     }
                 */
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Service Unavailable — temporary; retry with exponential backoff. */
        ServiceUnavailable: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "httpStatus": 503,
                 *       "success": false,
                 *       "message": "The service is temporarily unavailable.",
                 *       "detail": null,
                 *       "traceId": "0HN7K2A1B3C:00000001",
                 *       "errorInfo": null
                 *     }
                 */
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the current rate-limit window (180/min per API key or JWT; 40/min per source IP on unauthenticated endpoints). */
        "X-RateLimit-Limit": number;
        /** @description Requests remaining in the current rate-limit window. */
        "X-RateLimit-Remaining": number;
        /** @description When the current rate-limit window resets, as advertised by the server (the reference does not specify whether this is epoch seconds or seconds from now). */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before the next allowed call. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    authLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "jsmith@example.com",
                 *       "password": "Sup3r$ecret!"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Returns a JWT Bearer token along with its expiry time and the authenticated user's ID. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
                     *         "expiresAt": "2026-05-07T18:30:00Z",
                     *         "userId": 4821
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["TokenInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    authLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a success confirmation. After a successful logout, the token or session used to make this call is no longer valid. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "Session terminated.",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description No payload (`null`, the pages), `true` or an ECGridOS result code (`Logout` returns an int, `ChangePassword` a boolean) — NOTES `X10-AUTH-1`. */
                        data: null | boolean | number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    authChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currentPassword": "OldP@ssword1",
                 *       "newPassword": "NewP@ssword2!"
                 *     }
                 */
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Returns a success confirmation when the password has been updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "Password updated successfully.",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description No payload (`null`, the pages), `true` or an ECGridOS result code (`Logout` returns an int, `ChangePassword` a boolean) — NOTES `X10-AUTH-1`. */
                        data: null | boolean | number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    authRefreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."
                 *     }
                 */
                "application/json": components["schemas"]["RefreshTokenRequest"];
            };
        };
        responses: {
            /** @description Returns a new JWT Bearer token and its updated expiry time. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
                     *         "expiresAt": "2026-05-07T20:00:00Z",
                     *         "userId": 4821
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["TokenInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    authSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns the session context for the currently authenticated principal. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "userId": 4821,
                     *         "login": "jsmith@example.com",
                     *         "networkId": 1,
                     *         "mailboxId": 101,
                     *         "authLevel": "MailboxAdmin",
                     *         "expiresAt": "2026-05-07T18:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["SessionInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    authVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns the API version as a string. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `{version}` (the page; the quick start adds `build`) or a bare version string (ECGridOS `Version`) — NOTES `X10-AUTH-1`. */
                        data: components["schemas"]["VersionInfo"] | string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    networksUpdateNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "networkId": 1001,
                 *       "companyName": "Acme Corporation",
                 *       "address1": "123 Commerce Way",
                 *       "address2": "Suite 400",
                 *       "city": "Chicago",
                 *       "state": "IL",
                 *       "zip": "60601",
                 *       "phone": "312-555-0100",
                 *       "website": "https://www.acme.example.com"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkUpdateRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `NetworkIDInfo` object reflecting the saved values. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "networkId": 1001,
                     *         "uniqueId": "MYNETWORK",
                     *         "companyName": "Acme Corporation",
                     *         "status": "Active",
                     *         "created": "2020-03-15T08:00:00Z",
                     *         "modified": "2026-05-07T10:45:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The updated network (the page) or `true` (ECGridOS) — NOTES `X10-NET-1`. */
                        data: components["schemas"]["NetworkIDInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    networksGetNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique numeric identifier of the network. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a `NetworkIDInfo` object for the requested network. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "networkId": 1001,
                     *         "uniqueId": "MYNETWORK",
                     *         "companyName": "Acme Corporation",
                     *         "status": "Active",
                     *         "created": "2020-03-15T08:00:00Z",
                     *         "modified": "2024-11-01T14:22:10Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["NetworkIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    networksGetContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "networkId": 1001,
                 *       "contactType": "CustomerService"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkContactRequest"];
            };
        };
        responses: {
            /** @description Returns the contact details for the requested contact role on the network. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "networkId": 1001,
                     *         "contactType": "CustomerService",
                     *         "name": "Jane Smith",
                     *         "email": "support@acme.example.com",
                     *         "phone": "312-555-0199"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The page's contact record or ECGridOS' contact user — NOTES `X10-NET-1`. */
                        data: components["schemas"]["NetworkContactInfo"] | components["schemas"]["UserIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    networksListNetworks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "networkId": 0,
                 *       "mailboxId": 0,
                 *       "status": "Active",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 25
                 *     }
                 */
                "application/json": components["schemas"]["NetworkListRequest"];
            };
        };
        responses: {
            /** @description Returns an array of `NetworkIDInfo` objects along with pagination metadata. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "totalRecords": 42,
                     *         "pageNo": 1,
                     *         "recordsPerPage": 25,
                     *         "networks": [
                     *           {
                     *             "networkId": 1001,
                     *             "uniqueId": "MYNETWORK",
                     *             "companyName": "Acme Corporation",
                     *             "status": "Active",
                     *             "created": "2020-03-15T08:00:00Z",
                     *             "modified": "2024-11-01T14:22:10Z"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description The page's paged object or a plain array (ECGridOS `NetworkList`) — NOTES `X10-NET-1`. */
                        data: components["schemas"]["NetworkList"] | components["schemas"]["NetworkIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    networksUpdateConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "networkId": 1001
                 *     }
                 */
                "application/json": components["schemas"]["NetworkUpdateConfigRequest"];
            };
        };
        responses: {
            /** @description Returns a success indicator confirming the configuration was saved. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "Network configuration updated.",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description No payload (`null`, the pages) or `true` when the operation succeeded (ECGridOS returns a boolean) — NOTES `X10-NET-2`. */
                        data: null | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    networksX12Delimiters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "networkId": 1001,
                 *       "elementDelimiter": "*",
                 *       "subElementDelimiter": ">",
                 *       "segmentTerminator": "~"
                 *     }
                 */
                "application/json": components["schemas"]["NetworkX12DelimitersRequest"];
            };
        };
        responses: {
            /** @description Returns a success indicator confirming the delimiter settings were saved. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "X12 delimiters updated.",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description No payload (`null`, the pages) or `true` when the operation succeeded (ECGridOS returns a boolean) — NOTES `X10-NET-2`. */
                        data: null | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mailboxesGetMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique numeric identifier of the mailbox. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a `MailboxIDInfo` object for the requested mailbox. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "mailboxId": 5001,
                     *         "networkId": 1001,
                     *         "uniqueId": "ACMEMBOX01",
                     *         "companyName": "Acme Mailbox One",
                     *         "status": "Active",
                     *         "created": "2021-06-10T09:00:00Z",
                     *         "modified": "2025-02-14T11:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["MailboxIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mailboxesDeleteMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique numeric identifier of the mailbox to delete. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a success indicator confirming the mailbox has been terminated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "Mailbox terminated.",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description No payload (`null`, the pages) or `true` when the operation succeeded (ECGridOS returns a boolean) — NOTES `X10-NET-2`. */
                        data: null | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mailboxesCreateMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "networkId": 1001,
                 *       "uniqueId": "ACMEMBOX02",
                 *       "companyName": "Acme Mailbox Two"
                 *     }
                 */
                "application/json": components["schemas"]["MailboxCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the newly created `MailboxIDInfo` object, including the system-assigned `mailboxId`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "mailboxId": 5002,
                     *         "networkId": 1001,
                     *         "uniqueId": "ACMEMBOX02",
                     *         "companyName": "Acme Mailbox Two",
                     *         "status": "Active",
                     *         "created": "2026-05-07T10:00:00Z",
                     *         "modified": "2026-05-07T10:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The new mailbox (the page) or its ID (ECGridOS `MailboxAddEx`) — NOTES `X10-NET-1`. */
                        data: components["schemas"]["MailboxIDInfo"] | number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mailboxesListMailboxes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "networkId": 1001,
                 *       "status": "Active",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 25
                 *     }
                 */
                "application/json": components["schemas"]["MailboxListRequest"];
            };
        };
        responses: {
            /** @description Returns an array of `MailboxIDInfo` objects with pagination metadata. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "totalRecords": 14,
                     *         "pageNo": 1,
                     *         "recordsPerPage": 25,
                     *         "mailboxes": [
                     *           {
                     *             "mailboxId": 5001,
                     *             "networkId": 1001,
                     *             "uniqueId": "ACMEMBOX01",
                     *             "companyName": "Acme Mailbox One",
                     *             "status": "Active",
                     *             "created": "2021-06-10T09:00:00Z",
                     *             "modified": "2025-02-14T11:30:00Z"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description The page's paged object or a plain array (ECGridOS `MailboxListEx`) — NOTES `X10-NET-1`. */
                        data: components["schemas"]["MailboxList"] | components["schemas"]["MailboxIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mailboxesUpdateMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 5001,
                 *       "companyName": "Acme Mailbox One — Updated"
                 *     }
                 */
                "application/json": components["schemas"]["MailboxUpdateRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `MailboxIDInfo` object reflecting the saved values. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "mailboxId": 5001,
                     *         "networkId": 1001,
                     *         "uniqueId": "ACMEMBOX01",
                     *         "companyName": "Acme Mailbox One — Updated",
                     *         "status": "Active",
                     *         "created": "2021-06-10T09:00:00Z",
                     *         "modified": "2026-05-07T10:45:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The updated mailbox (the page) or `true` (ECGridOS) — NOTES `X10-NET-1`. */
                        data: components["schemas"]["MailboxIDInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mailboxesUpdateConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 5001
                 *     }
                 */
                "application/json": components["schemas"]["MailboxUpdateConfigRequest"];
            };
        };
        responses: {
            /** @description Returns a success indicator confirming the configuration was saved. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "Mailbox configuration updated.",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description No payload (`null`, the pages) or `true` when the operation succeeded (ECGridOS returns a boolean) — NOTES `X10-NET-2`. */
                        data: null | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mailboxesX12Delimiters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 5001,
                 *       "elementDelimiter": "*",
                 *       "subElementDelimiter": ">",
                 *       "segmentTerminator": "~"
                 *     }
                 */
                "application/json": components["schemas"]["MailboxX12DelimitersRequest"];
            };
        };
        responses: {
            /** @description Returns a success indicator confirming the delimiter settings were saved. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "X12 delimiters updated.",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description No payload (`null`, the pages) or `true` when the operation succeeded (ECGridOS returns a boolean) — NOTES `X10-NET-2`. */
                        data: null | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsCreateId: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 1001,
                 *       "qualifier": "01",
                 *       "id": "PARTNER001",
                 *       "description": "Acme Corp Production",
                 *       "ediStandard": "X12",
                 *       "routingGroup": "ProductionA"
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the newly created `ECGridIDInfo` object. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "ecGridId": 123456,
                     *         "mailboxId": 1001,
                     *         "networkId": 42,
                     *         "qualifier": "01",
                     *         "id": "PARTNER001",
                     *         "description": "Acme Corp Production",
                     *         "status": "Active",
                     *         "routingGroup": "ProductionA",
                     *         "ediStandard": "X12"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The new ECGrid ID record (the page) or the new ECGrid ID (ECGridOS `TPAddEx`) — NOTES `X10-ID-2`. */
                        data: components["schemas"]["ECGridIDInfo"] | number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsGetId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The numeric ECGrid ID to retrieve. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns an `ECGridIDInfo` object for the requested ECGrid ID. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "ecGridId": 123456,
                     *         "mailboxId": 1001,
                     *         "networkId": 42,
                     *         "qualifier": "01",
                     *         "id": "PARTNER001",
                     *         "description": "Acme Corp Production",
                     *         "status": "Active",
                     *         "routingGroup": "ProductionA",
                     *         "ediStandard": "X12"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["ECGridIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsUpdateId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The numeric ECGrid ID to update. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Acme Corp Production (updated)",
                 *       "status": "Active",
                 *       "ediStandard": "X12"
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDUpdateRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `ECGridIDInfo` object. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "ecGridId": 123456,
                     *         "mailboxId": 1001,
                     *         "networkId": 42,
                     *         "qualifier": "01",
                     *         "id": "PARTNER001",
                     *         "description": "Acme Corp Production (updated)",
                     *         "status": "Active",
                     *         "routingGroup": "ProductionA",
                     *         "ediStandard": "X12"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The updated record (the page) or `true` (ECGridOS) — NOTES `X10-ID-2`. */
                        data: components["schemas"]["ECGridIDInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsDeleteId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The numeric ECGrid ID to terminate. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a success boolean confirming the termination. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsFindId: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "qualifier": "01",
                 *       "id": "PARTNER001"
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDFindRequest"];
            };
        };
        responses: {
            /** @description Returns an array of matching `ECGridIDInfo` objects. Multiple results may be returned if the same qualifier/ID combination is registered in different networks. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "ecGridId": 123456,
                     *           "mailboxId": 1001,
                     *           "networkId": 42,
                     *           "qualifier": "01",
                     *           "id": "PARTNER001",
                     *           "description": "Acme Corp Production",
                     *           "status": "Active",
                     *           "routingGroup": "ProductionA",
                     *           "ediStandard": "X12"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["ECGridIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsListIds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 1001,
                 *       "status": "Active",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 25
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of `ECGridIDInfo` objects. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "ecGridId": 123456,
                     *           "mailboxId": 1001,
                     *           "networkId": 42,
                     *           "qualifier": "01",
                     *           "id": "PARTNER001",
                     *           "description": "Acme Corp Production",
                     *           "status": "Active",
                     *           "routingGroup": "ProductionA",
                     *           "ediStandard": "X12"
                     *         },
                     *         {
                     *           "ecGridId": 123457,
                     *           "mailboxId": 1001,
                     *           "networkId": 42,
                     *           "qualifier": "ZZ",
                     *           "id": "PARTNER002",
                     *           "description": "Beta Logistics",
                     *           "status": "Active",
                     *           "routingGroup": "ProductionA",
                     *           "ediStandard": "X12"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description A plain array (the page) or ECGridOS' paged collection — NOTES `X10-ID-2`. */
                        data: components["schemas"]["ECGridIDInfo"][] | components["schemas"]["ECGridIDInfoCollection"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsAddVan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridId": 123456,
                 *       "vanQualifier": "01",
                 *       "vanId": "VANPARTNER001"
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDAddVanRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean confirming the VAN association was added. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` (the page) or the new ECGrid ID (ECGridOS `TPAddVAN`) — NOTES `X10-ID-2`. */
                        data: boolean | number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsGetMailboxDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridId": 123456
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDMailboxDefaultRequest"];
            };
        };
        responses: {
            /** @description Returns the default mailbox information for the specified ECGrid ID. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "mailboxId": 1001,
                     *         "networkId": 42,
                     *         "mailboxName": "Acme Corp Mailbox",
                     *         "status": "Active"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The page's mailbox record or ECGridOS' default ECGrid ID record — NOTES `X10-ID-2`. */
                        data: components["schemas"]["MailboxDefaultInfo"] | components["schemas"]["ECGridIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsMoveTp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridId": 123456,
                 *       "newMailboxId": 1002
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDMoveRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `ECGridIDInfo` object reflecting the new mailbox assignment. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "ecGridId": 123456,
                     *         "mailboxId": 1002,
                     *         "networkId": 42,
                     *         "qualifier": "01",
                     *         "id": "PARTNER001",
                     *         "description": "Acme Corp Production",
                     *         "status": "Active",
                     *         "routingGroup": "ProductionA",
                     *         "ediStandard": "X12"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The moved ECGrid ID record (the page) or an ECGridOS result code — NOTES `X10-ID-2`. */
                        data: components["schemas"]["ECGridIDInfo"] | number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsUpdateDataEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridId": 123456,
                 *       "email": "edi@acmecorp.com",
                 *       "emailSystem": "smtp",
                 *       "emailPayload": "Attachment"
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDUpdateDataEmailRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean confirming the email configuration update. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsUpdateDescription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridId": 123456,
                 *       "description": "Acme Corp — Production EDI"
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDUpdateDescriptionRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean confirming the description was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsX12Delimiters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridId": 123456,
                 *       "elementDelimiter": "*",
                 *       "subElementDelimiter": ":",
                 *       "segmentTerminator": "~"
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDX12DelimitersRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean confirming the delimiter configuration was applied. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    idsUpdateConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridId": 123456
                 *     }
                 */
                "application/json": components["schemas"]["ECGridIDUpdateConfigRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean confirming the configuration update. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    partnersCreatePartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridIdFrom": 123456,
                 *       "ecGridIdTo": 654321
                 *     }
                 */
                "application/json": components["schemas"]["PartnerCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the newly created `InterconnectIDInfo` object. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "interconnectId": 9001,
                     *         "ecGridIdFrom": 123456,
                     *         "ecGridIdTo": 654321,
                     *         "status": "Active",
                     *         "created": "2024-06-01T10:00:00Z",
                     *         "modified": "2024-06-01T10:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["InterconnectIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    partnersGetPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The numeric Interconnect/Partner ID to retrieve. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns an `InterconnectIDInfo` object describing the partner relationship. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "interconnectId": 9001,
                     *         "ecGridIdFrom": 123456,
                     *         "ecGridIdTo": 654321,
                     *         "status": "Active",
                     *         "created": "2024-01-15T08:30:00Z",
                     *         "modified": "2024-03-22T14:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["InterconnectIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    partnersDeletePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The numeric Interconnect/Partner ID to terminate. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a success boolean confirming the termination. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    partnersCountPartners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridId": 123456,
                 *       "status": "Active"
                 *     }
                 */
                "application/json": components["schemas"]["PartnerCountRequest"];
            };
        };
        responses: {
            /** @description Returns the total count as an integer. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": 14
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description A count (the page) or an ECGridOS `DataSet` rendered as an object or rows — NOTES `X10-PTN-1`. */
                        data: number | {
                            [key: string]: unknown;
                        } | {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    partnersListPartners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridId": 123456,
                 *       "status": "Active",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 25
                 *     }
                 */
                "application/json": components["schemas"]["PartnerListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of `InterconnectIDInfo` objects. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "interconnectId": 9001,
                     *           "ecGridIdFrom": 123456,
                     *           "ecGridIdTo": 654321,
                     *           "status": "Active",
                     *           "created": "2024-01-15T08:30:00Z",
                     *           "modified": "2024-03-22T14:00:00Z"
                     *         },
                     *         {
                     *           "interconnectId": 9002,
                     *           "ecGridIdFrom": 123456,
                     *           "ecGridIdTo": 789012,
                     *           "status": "Active",
                     *           "created": "2024-02-20T09:00:00Z",
                     *           "modified": "2024-02-20T09:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["InterconnectIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    partnersAddNote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "interconnectId": 9001,
                 *       "note": "Approved by network admin on 2024-06-01. Test EDI verified."
                 *     }
                 */
                "application/json": components["schemas"]["PartnerAddNoteRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean confirming the note was added. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    partnersListNotes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "interconnectId": 9001
                 *     }
                 */
                "application/json": components["schemas"]["PartnerNoteListRequest"];
            };
        };
        responses: {
            /** @description Returns an array of note objects, each containing the note text, timestamp, and the user who created it. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "text": "Approved by network admin on 2024-06-01. Test EDI verified.",
                     *           "timestamp": "2024-06-01T14:35:00Z",
                     *           "userId": 501
                     *         },
                     *         {
                     *           "text": "Production go-live confirmed by trading partner contact.",
                     *           "timestamp": "2024-06-03T09:10:00Z",
                     *           "userId": 502
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["InterconnectNoteInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsGetParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the parcel. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a `ParcelIDInfo` object describing the parcel's metadata and current status. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "parcelId": 987654321,
                     *         "mailboxId": 1001,
                     *         "networkId": 42,
                     *         "fileName": "invoice_batch_20260507.edi",
                     *         "bytes": 14872,
                     *         "status": "InBoxReady",
                     *         "ecGridIdFrom": 112233,
                     *         "ecGridIdTo": 445566,
                     *         "created": "2026-05-07T08:00:00Z",
                     *         "modified": "2026-05-07T08:05:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["ParcelIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsAcknowledgmentNote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parcelId": 987654321,
                 *       "note": "Received and processed by AP system at 2026-05-07T10:15:00Z."
                 *     }
                 */
                "application/json": components["schemas"]["ParcelAcknowledgmentNoteRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean indicating the note was attached to the parcel record. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsCancelParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the outbound parcel to cancel. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a success boolean indicating whether the parcel was successfully cancelled. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsConfirmDownload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parcelId": 987654321
                 *     }
                 */
                "application/json": components["schemas"]["ParcelIdRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean indicating the parcel has been marked as transferred. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` (the endpoint page) or `{parcelId, status}` (the confirm-download guide) — NOTES `X10-PAR-4`. */
                        data: boolean | components["schemas"]["ParcelConfirmResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsDownloadParcel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parcelId": 987654321
                 *     }
                 */
                "application/json": components["schemas"]["ParcelIdRequest"];
            };
        };
        responses: {
            /** @description Returns the parcel metadata along with the Base64-encoded file content. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["ParcelDownloadInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsFindMailbagControlId: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 1001,
                 *       "mailbagControlId": "ACME-2026050701"
                 *     }
                 */
                "application/json": components["schemas"]["ParcelFindMailbagControlIdRequest"];
            };
        };
        responses: {
            /** @description Returns an array of `ParcelIDInfo` objects whose mailbag control ID matches the search value. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "parcelId": 987654321,
                     *           "mailboxId": 1001,
                     *           "networkId": 42,
                     *           "fileName": "invoice_batch_20260507.edi",
                     *           "bytes": 14872,
                     *           "status": "InBoxTransferred",
                     *           "ecGridIdFrom": 112233,
                     *           "ecGridIdTo": 445566,
                     *           "created": "2026-05-07T08:00:00Z",
                     *           "modified": "2026-05-07T08:10:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["ParcelIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsInboxList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 1001,
                 *       "status": "InBoxReady",
                 *       "beginDate": "2026-05-01T00:00:00Z",
                 *       "endDate": "2026-05-07T23:59:59Z",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 25
                 *     }
                 */
                "application/json": components["schemas"]["ParcelListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of `ParcelIDInfo` objects matching the filter criteria. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "parcelId": 987654321,
                     *           "mailboxId": 1001,
                     *           "networkId": 42,
                     *           "fileName": "invoice_batch_20260507.edi",
                     *           "bytes": 14872,
                     *           "status": "InBoxReady",
                     *           "ecGridIdFrom": 112233,
                     *           "ecGridIdTo": 445566,
                     *           "created": "2026-05-07T08:00:00Z",
                     *           "modified": "2026-05-07T08:05:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description A plain array of parcels (the pages) or ECGridOS' paged collection — NOTES `X10-PAR-3`. */
                        data: components["schemas"]["ParcelIDInfo"][] | components["schemas"]["ParcelIDInfoCollection"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsGetManifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the parcel. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns an array of `ParcelManifestInfo` objects, one for each EDI interchange found in the parcel. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "interchangeId": 555001,
                     *           "sender": "112233",
                     *           "receiver": "445566",
                     *           "documentType": "810",
                     *           "count": 3
                     *         },
                     *         {
                     *           "interchangeId": 555002,
                     *           "sender": "112233",
                     *           "receiver": "445566",
                     *           "documentType": "850",
                     *           "count": 7
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["ParcelManifestInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsOutboxList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 1001,
                 *       "ecGridIdFrom": 112233,
                 *       "beginDate": "2026-05-01T00:00:00Z",
                 *       "endDate": "2026-05-07T23:59:59Z",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 25
                 *     }
                 */
                "application/json": components["schemas"]["ParcelListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of outbound `ParcelIDInfo` objects matching the filter criteria. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description A plain array of parcels (the pages) or ECGridOS' paged collection — NOTES `X10-PAR-3`. */
                        data: components["schemas"]["ParcelIDInfo"][] | components["schemas"]["ParcelIDInfoCollection"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsPendingInboxList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 1001
                 *     }
                 */
                "application/json": components["schemas"]["ParcelPendingInboxListRequest"];
            };
        };
        responses: {
            /** @description Returns an array of `ParcelIDInfo` objects where each parcel has `InBoxReady` status. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "parcelId": 987654321,
                     *           "mailboxId": 1001,
                     *           "networkId": 42,
                     *           "fileName": "invoice_batch_20260507.edi",
                     *           "bytes": 14872,
                     *           "ecGridIdFrom": 112233,
                     *           "ecGridIdTo": 445566,
                     *           "created": "2026-05-07T08:00:00Z",
                     *           "modified": "2026-05-07T08:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description A plain array of parcels (the pages) or ECGridOS' paged collection — NOTES `X10-PAR-3`. */
                        data: components["schemas"]["ParcelIDInfo"][] | components["schemas"]["ParcelIDInfoCollection"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsResetToInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the inbound parcel to reset. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a success boolean indicating whether the parcel was successfully reset. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsSendTestFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridIdFrom": 112233,
                 *       "ecGridIdTo": 445566,
                 *       "documentType": "850"
                 *     }
                 */
                "application/json": components["schemas"]["ParcelSendTestFileRequest"];
            };
        };
        responses: {
            /** @description Returns the `parcelId` (long) of the test parcel that was created and submitted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": 987654399
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /**
                         * Format: int64
                         * @description ID of the test parcel that was created and submitted.
                         */
                        data: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsSetMailbagControlId: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parcelId": 987654321,
                 *       "mailbagControlId": "ACME-2026050701"
                 *     }
                 */
                "application/json": components["schemas"]["ParcelSetMailbagControlIdRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean indicating the mailbag control ID was assigned. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsUpdateParcel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parcelId": 987654321,
                 *       "status": "InBoxReady"
                 *     }
                 */
                "application/json": components["schemas"]["ParcelUpdateRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `ParcelIDInfo` object reflecting the new state. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "parcelId": 987654321,
                     *         "mailboxId": 1001,
                     *         "networkId": 42,
                     *         "fileName": "invoice_batch_20260507.edi",
                     *         "bytes": 14872,
                     *         "status": "InBoxReady",
                     *         "ecGridIdFrom": 112233,
                     *         "ecGridIdTo": 445566,
                     *         "created": "2026-05-07T08:00:00Z",
                     *         "modified": "2026-05-07T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The updated parcel (the page) or `true` (ECGridOS `ParcelUpdateStatus`) — NOTES `X10-PAR-4`. */
                        data: components["schemas"]["ParcelIDInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    parcelsUploadParcel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fileName": "po_batch_20260507.edi",
                 *       "content": "SVFU4OiogU2VuZGluZyBFREkgZGF0YSB2aWEgRUNHcmlk...",
                 *       "bytes": 4096,
                 *       "ecGridIdFrom": 112233,
                 *       "ecGridIdTo": 445566,
                 *       "mailboxId": 1001
                 *     }
                 */
                "application/json": components["schemas"]["ParcelUploadRequest"];
            };
        };
        responses: {
            /** @description Returns the `parcelId` (long) of the newly created outbound parcel. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The new parcel's ID: a bare int64 (the endpoint page) or an object (the upload guides) — NOTES `X10-PAR-1`. */
                        data: number | components["schemas"]["ParcelUploadResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    interchangesGetInterchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ECGrid Interchange ID. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns an `InterchangeIDInfo` object containing the full details of the requested interchange. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "interchangeId": 9870001,
                     *         "parcelId": 5550001,
                     *         "sender": "ACME_CORP",
                     *         "receiver": "BUYER_INC",
                     *         "standard": "X12",
                     *         "documentType": "850",
                     *         "status": "Active",
                     *         "created": "2026-05-01T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["InterchangeIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    interchangesCancelInterchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ECGrid Interchange ID to cancel. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a boolean indicating whether the cancellation was successful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    interchangesGetDate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "interchangeHeader": "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>"
                 *     }
                 */
                "application/json": components["schemas"]["InterchangeHeaderRequest"];
            };
        };
        responses: {
            /** @description Returns the interchange date extracted from the ISA header as a datetime value. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": "2026-05-01T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /**
                         * Format: date-time
                         * @description Interchange date parsed from the ISA header (UTC).
                         */
                        data: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    interchangesGetHeader: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "interchangeHeader": "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>"
                 *     }
                 */
                "application/json": components["schemas"]["InterchangeHeaderRequest"];
            };
        };
        responses: {
            /** @description Returns a structured object containing the parsed fields from the ISA header, including sender and receiver qualifiers and IDs, interchange date and time, control number, and acknowledgment/usage flags. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "authorizationInfoQualifier": "00",
                     *         "authorizationInfo": "          ",
                     *         "securityInfoQualifier": "00",
                     *         "securityInfo": "          ",
                     *         "senderIdQualifier": "ZZ",
                     *         "senderId": "ACMECORP       ",
                     *         "receiverIdQualifier": "ZZ",
                     *         "receiverId": "BUYERINC       ",
                     *         "interchangeDate": "260501",
                     *         "interchangeTime": "1030",
                     *         "repetitionSeparator": "^",
                     *         "controlVersionNumber": "00501",
                     *         "controlNumber": "000000001",
                     *         "acknowledgmentRequested": "0",
                     *         "usageIndicator": "P",
                     *         "componentElementSeparator": ">"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The parsed ISA fields (the page) or ECGridOS' interchange record (`InterchangeHeaderInfo` returns `InterchangeIDInfo`) — NOTES `X10-ICH-1`. */
                        data: components["schemas"]["InterchangeHeaderInfo"] | components["schemas"]["InterchangeIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    interchangesGetManifest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ECGrid Interchange ID. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns an array of `InterchangeManifestInfo` objects, each describing a functional group within the interchange — including the functional group ID, transaction set type, and transaction counts. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "functionalGroup": "PO",
                     *           "transactionSetType": "850",
                     *           "transactionSetCount": 3,
                     *           "groupControlNumber": "100001"
                     *         },
                     *         {
                     *           "functionalGroup": "IN",
                     *           "transactionSetType": "810",
                     *           "transactionSetCount": 1,
                     *           "groupControlNumber": "100002"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["InterchangeManifestInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    interchangesInboxList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 12345,
                 *       "ecGridIdFrom": 0,
                 *       "ecGridIdTo": 0,
                 *       "beginDate": "2026-05-01T00:00:00Z",
                 *       "endDate": "2026-05-07T23:59:59Z",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 100
                 *     }
                 */
                "application/json": components["schemas"]["InterchangeListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of `InterchangeIDInfo` objects representing inbound interchanges matching the query criteria. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "totalRecords": 42,
                     *         "pageNo": 1,
                     *         "recordsPerPage": 100,
                     *         "interchanges": [
                     *           {
                     *             "interchangeId": 9870001,
                     *             "parcelId": 5550001,
                     *             "sender": "ACME_CORP",
                     *             "receiver": "BUYER_INC",
                     *             "standard": "X12",
                     *             "documentType": "850",
                     *             "status": "Active",
                     *             "created": "2026-05-01T10:30:00Z"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description The pages' paged object, ECGridOS' paged collection or a plain array — NOTES `X10-ICH-1`. */
                        data: components["schemas"]["InterchangeList"] | components["schemas"]["InterchangeIDInfoCollection"] | components["schemas"]["InterchangeIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    interchangesOutboxList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 12345,
                 *       "ecGridIdFrom": 0,
                 *       "ecGridIdTo": 0,
                 *       "beginDate": "2026-05-01T00:00:00Z",
                 *       "endDate": "2026-05-07T23:59:59Z",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 100
                 *     }
                 */
                "application/json": components["schemas"]["InterchangeListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of `InterchangeIDInfo` objects representing outbound interchanges matching the query criteria. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "totalRecords": 18,
                     *         "pageNo": 1,
                     *         "recordsPerPage": 100,
                     *         "interchanges": [
                     *           {
                     *             "interchangeId": 9870099,
                     *             "parcelId": 5550010,
                     *             "sender": "BUYER_INC",
                     *             "receiver": "ACME_CORP",
                     *             "standard": "X12",
                     *             "documentType": "810",
                     *             "status": "Active",
                     *             "created": "2026-05-03T14:15:00Z"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description The pages' paged object, ECGridOS' paged collection or a plain array — NOTES `X10-ICH-1`. */
                        data: components["schemas"]["InterchangeList"] | components["schemas"]["InterchangeIDInfoCollection"] | components["schemas"]["InterchangeIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    interchangesResendInterchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique ECGrid Interchange ID to resend. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a boolean indicating whether the resend request was accepted successfully. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` (the page), the new interchange ID (the SOAP client) or ECGridOS' `InterchangeIDStatus` — NOTES `X10-ICH-1`. */
                        data: boolean | number | components["schemas"]["InterchangeIDStatus"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callbacksDeleteCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callbackId": 7001
                 *     }
                 */
                "application/json": components["schemas"]["CallbackIdRequest"];
            };
        };
        responses: {
            /** @description Returns a boolean indicating whether the deletion was successful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callbacksCreateCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://app.example.com/webhooks/ecgrid",
                 *       "event": "Parcel",
                 *       "mailboxId": 12345,
                 *       "httpAuthType": "Basic",
                 *       "username": "webhook_user",
                 *       "password": "s3cr3t!"
                 *     }
                 */
                "application/json": components["schemas"]["CallbackCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the newly created callback record, including the assigned `callbackId`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "callbackId": 7001,
                     *         "url": "https://app.example.com/webhooks/ecgrid",
                     *         "event": "Parcel",
                     *         "mailboxId": 12345,
                     *         "networkId": 0,
                     *         "httpAuthType": "Basic",
                     *         "status": "Active"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CallbackInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callbacksEventList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 12345,
                 *       "event": "Parcel",
                 *       "beginDate": "2026-05-01T00:00:00Z",
                 *       "endDate": "2026-05-07T23:59:59Z",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 100
                 *     }
                 */
                "application/json": components["schemas"]["CallbackEventListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of callback event records matching the query criteria. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "totalRecords": 12,
                     *         "pageNo": 1,
                     *         "recordsPerPage": 100,
                     *         "events": [
                     *           {
                     *             "callbackEventId": 88001,
                     *             "callbackId": 7001,
                     *             "event": "Parcel",
                     *             "mailboxId": 12345,
                     *             "objectId": 5550001,
                     *             "status": "Active",
                     *             "created": "2026-05-03T08:22:00Z",
                     *             "delivered": "2026-05-03T08:22:05Z",
                     *             "httpStatus": 200
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description The page's paged object or an array of registrations (ECGridOS `CallBackEventListEx`) — NOTES `X10-CB-3`. */
                        data: components["schemas"]["CallbackEventList"] | components["schemas"]["CallbackEventInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callbacksGetEventById: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callbackEventId": 88001
                 *     }
                 */
                "application/json": components["schemas"]["CallbackEventIdRequest"];
            };
        };
        responses: {
            /** @description Returns the full callback event record, including the JSON payload that was posted to your endpoint, the delivery status, and the number of delivery attempts made. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "callbackEventId": 88001,
                     *         "callbackId": 7001,
                     *         "event": "Parcel",
                     *         "mailboxId": 12345,
                     *         "objectId": 5550001,
                     *         "payload": "{\"parcelId\":5550001,\"status\":\"InBoxReady\",\"created\":\"2026-05-03T08:22:00Z\"}",
                     *         "status": "Active",
                     *         "attempts": 1,
                     *         "created": "2026-05-03T08:22:00Z",
                     *         "lastAttempt": "2026-05-03T08:22:05Z",
                     *         "delivered": "2026-05-03T08:22:05Z",
                     *         "httpStatus": 200
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CallbackEventInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callbacksGetQueueById: {
        parameters: {
            query: {
                /**
                 * @description The ID of the queue entry (one delivery attempt) to retrieve — the live service's `callBackQueueId`
                 *     (ECGridOS `CallBackQueueInfo(CallBackQueueID: long)`), not a callback registration id (NOTES `X10-CB-1`).
                 *     The reference page's name `callbackId` is kept.
                 */
                callbackId: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a `CallBackQueueIDInfo` object with the callback's current queue position and delivery status details. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "callbackId": 7001,
                     *         "url": "https://app.example.com/webhooks/ecgrid",
                     *         "event": "Parcel",
                     *         "queuedAt": "2026-05-07T09:00:00Z",
                     *         "lastAttempt": "2026-05-07T09:01:00Z",
                     *         "attempts": 1,
                     *         "status": "Active",
                     *         "lastHttpStatus": 200
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CallBackQueueIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callbacksQueueList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 12345,
                 *       "status": "Active",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 100
                 *     }
                 */
                "application/json": components["schemas"]["CallbackQueueListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of callback queue entries showing the delivery state for each registered callback. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "totalRecords": 3,
                     *         "pageNo": 1,
                     *         "recordsPerPage": 100,
                     *         "queueEntries": [
                     *           {
                     *             "callbackId": 7001,
                     *             "url": "https://app.example.com/webhooks/ecgrid",
                     *             "event": "Parcel",
                     *             "mailboxId": 12345,
                     *             "queuedAt": "2026-05-07T09:00:00Z",
                     *             "lastAttempt": "2026-05-07T09:01:00Z",
                     *             "attempts": 1,
                     *             "status": "Active",
                     *             "lastHttpStatus": 200
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        /** @description The page's paged object or an array of queue entries (ECGridOS) — NOTES `X10-CB-4`. */
                        data: components["schemas"]["CallbackQueueList"] | components["schemas"]["CallBackQueueIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callbacksTestCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callbackId": 7001
                 *     }
                 */
                "application/json": components["schemas"]["CallbackTestRequest"];
            };
        };
        responses: {
            /** @description Returns the test result, including the HTTP status code returned by your webhook endpoint and any response body received. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "callbackId": 7001,
                     *         "url": "https://app.example.com/webhooks/ecgrid",
                     *         "httpStatus": 200,
                     *         "responseBody": "OK",
                     *         "testedAt": "2026-05-07T11:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The page's test result or ECGridOS' queue entry (`CallBackTest`) — NOTES `X10-CB-6`. */
                        data: components["schemas"]["CallbackTestResult"] | components["schemas"]["CallBackQueueIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callbacksUpdateCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callbackId": 7001,
                 *       "url": "https://app.example.com/webhooks/ecgrid-v2",
                 *       "status": "Active",
                 *       "httpAuthType": "Basic",
                 *       "username": "webhook_user",
                 *       "password": "n3wP@ssword!"
                 *     }
                 */
                "application/json": components["schemas"]["CallbackUpdateRequest"];
            };
        };
        responses: {
            /** @description Returns the updated callback record. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "callbackId": 7001,
                     *         "url": "https://app.example.com/webhooks/ecgrid-v2",
                     *         "event": "Parcel",
                     *         "mailboxId": 12345,
                     *         "networkId": 0,
                     *         "httpAuthType": "Basic",
                     *         "status": "Active"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The updated callback (the page) or `true` (ECGridOS `CallBackEventSetStatus`) — NOTES `X10-CB-1`. */
                        data: components["schemas"]["CallbackInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    carbonCopiesGetCarbonCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the carbon copy rule. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns the carbon copy rule details including source and destination mailboxes, direction, and status. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "ccId": 1042,
                     *         "fromMailboxId": 101,
                     *         "toMailboxId": 202,
                     *         "status": "Active",
                     *         "direction": "InBox",
                     *         "created": "2025-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CarbonCopyInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    carbonCopiesDeleteCarbonCopy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the carbon copy rule to delete. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a success boolean confirming the deletion. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    carbonCopiesCreateCarbonCopy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fromMailboxId": 101,
                 *       "toMailboxId": 202,
                 *       "direction": "InBox"
                 *     }
                 */
                "application/json": components["schemas"]["CarbonCopyCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the newly created carbon copy rule. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "ccId": 1043,
                     *         "fromMailboxId": 101,
                     *         "toMailboxId": 202,
                     *         "status": "Active",
                     *         "direction": "InBox",
                     *         "created": "2026-05-07T14:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The new rule (the page) or its ID (ECGridOS `CarbonCopyAddEx`) — NOTES `X10-CC-1`. */
                        data: components["schemas"]["CarbonCopyInfo"] | number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    carbonCopiesListCarbonCopies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 101,
                 *       "status": "Active",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 50
                 *     }
                 */
                "application/json": components["schemas"]["CarbonCopyListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of carbon copy rule objects. As documented for this endpoint, the paging metadata (`totalRecords`, `pageNo`, `recordsPerPage`) is returned next to `data` in the envelope, not inside it. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "ccId": 1042,
                     *           "fromMailboxId": 101,
                     *           "toMailboxId": 202,
                     *           "status": "Active",
                     *           "direction": "InBox",
                     *           "created": "2025-01-15T10:30:00Z"
                     *         },
                     *         {
                     *           "ccId": 1043,
                     *           "fromMailboxId": 101,
                     *           "toMailboxId": 303,
                     *           "status": "Active",
                     *           "direction": "OutBox",
                     *           "created": "2025-03-22T08:15:00Z"
                     *         }
                     *       ],
                     *       "totalRecords": 2,
                     *       "pageNo": 1,
                     *       "recordsPerPage": 50
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["CarbonCopyInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    carbonCopiesUpdateCarbonCopy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ccId": 1042,
                 *       "status": "Suspended",
                 *       "direction": "OutBox"
                 *     }
                 */
                "application/json": components["schemas"]["CarbonCopyUpdateRequest"];
            };
        };
        responses: {
            /** @description Returns the updated carbon copy rule. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "ccId": 1042,
                     *         "fromMailboxId": 101,
                     *         "toMailboxId": 202,
                     *         "status": "Suspended",
                     *         "direction": "OutBox",
                     *         "created": "2025-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The updated rule (the page) or `true` (ECGridOS) — NOTES `X10-CC-1`. */
                        data: components["schemas"]["CarbonCopyInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    certificatesAddPrivate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commId": 5001,
                 *       "certType": "X509",
                 *       "keyId": "my-private-key-2026",
                 *       "userId": "edi-system",
                 *       "beginUsage": "2026-05-07T00:00:00Z",
                 *       "usage": "EncryptionAndSignature",
                 *       "cert": "MIIKxAIBAzCCCn4GCSqGSIb3DQEHAaCC...",
                 *       "password": "p@ssw0rd!"
                 *     }
                 */
                "application/json": components["schemas"]["CertificateAddPrivateRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `CommIDInfo` object reflecting the newly associated certificate. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "commId": 5001,
                     *         "mailboxId": 101,
                     *         "commType": "as2",
                     *         "identifier": "MYCOMPANY-AS2",
                     *         "status": "Active",
                     *         "useType": "Production",
                     *         "privateKeyRequired": true,
                     *         "withCerts": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CommIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    certificatesAddPublic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commId": 5001,
                 *       "certType": "X509",
                 *       "keyId": "partner-public-cert-2026",
                 *       "userId": "partner-edi",
                 *       "beginUsage": "2026-05-07T00:00:00Z",
                 *       "usage": "EncryptionAndSignature",
                 *       "partnerCommId": "PARTNER-AS2-ID",
                 *       "partnerUrl": "https://as2.tradingpartner.com/receive",
                 *       "cert": "MIIDXTCCAkWgAwIBAgIJAJC1HiIAZAiIMA0GCSqGSIb3Df..."
                 *     }
                 */
                "application/json": components["schemas"]["CertificateAddPublicRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `CommIDInfo` object reflecting the newly associated public certificate. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "commId": 5001,
                     *         "mailboxId": 101,
                     *         "commType": "as2",
                     *         "identifier": "MYCOMPANY-AS2",
                     *         "status": "Active",
                     *         "useType": "Production",
                     *         "privateKeyRequired": true,
                     *         "withCerts": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CommIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    certificatesCreateCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commId": 5001,
                 *       "beginUsage": "2026-05-07T00:00:00Z",
                 *       "usage": "EncryptionAndSignature",
                 *       "secureHashAlgorithm": "SHA256",
                 *       "partnerAs2Id": "PARTNER-AS2-ID",
                 *       "expires": "2028-05-07T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["CertificateCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the `CommIDInfo` object with the newly generated certificate details. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "commId": 5001,
                     *         "mailboxId": 101,
                     *         "commType": "as2",
                     *         "identifier": "MYCOMPANY-AS2",
                     *         "status": "Active",
                     *         "useType": "Production",
                     *         "privateKeyRequired": true,
                     *         "withCerts": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CommIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    certificatesRenewCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commId": 5001,
                 *       "certKeyId": 88,
                 *       "overlapDays": 30,
                 *       "years": 2,
                 *       "secureHashAlgorithm": "SHA256"
                 *     }
                 */
                "application/json": components["schemas"]["CertificateRenewRequest"];
            };
        };
        responses: {
            /** @description Returns the `CommIDInfo` object reflecting the renewed certificate. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "commId": 5001,
                     *         "mailboxId": 101,
                     *         "commType": "as2",
                     *         "identifier": "MYCOMPANY-AS2",
                     *         "status": "Active",
                     *         "useType": "Production",
                     *         "privateKeyRequired": true,
                     *         "withCerts": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CommIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    certificatesTerminateCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commId": 5001,
                 *       "certKeyId": 88
                 *     }
                 */
                "application/json": components["schemas"]["CertificateTerminateRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean confirming the certificate has been terminated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    commsGetComm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the communication channel. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns the full `CommIDInfo` object for the specified communication channel. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "commId": 5001,
                     *         "mailboxId": 101,
                     *         "commType": "as2",
                     *         "identifier": "MYCOMPANY-AS2",
                     *         "status": "Active",
                     *         "useType": "Production",
                     *         "privateKeyRequired": true,
                     *         "withCerts": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CommIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    commsCreateComm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 101,
                 *       "commType": "as2",
                 *       "identifier": "MYCOMPANY-AS2",
                 *       "useType": "Production"
                 *     }
                 */
                "application/json": components["schemas"]["CommCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the newly created `CommIDInfo` object. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "commId": 5010,
                     *         "mailboxId": 101,
                     *         "commType": "as2",
                     *         "identifier": "MYCOMPANY-AS2",
                     *         "status": "Active",
                     *         "useType": "Production",
                     *         "privateKeyRequired": false,
                     *         "withCerts": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CommIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    commsFindComm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identifier": "MYCOMPANY-AS2",
                 *       "commType": "as2"
                 *     }
                 */
                "application/json": components["schemas"]["CommFindRequest"];
            };
        };
        responses: {
            /** @description Returns an array of matching `CommIDInfo` objects. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "commId": 5001,
                     *           "mailboxId": 101,
                     *           "commType": "as2",
                     *           "identifier": "MYCOMPANY-AS2",
                     *           "status": "Active",
                     *           "useType": "Production",
                     *           "privateKeyRequired": true,
                     *           "withCerts": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["CommIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    commsListComms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commType": "as2",
                 *       "useType": "Production",
                 *       "showInactive": false,
                 *       "withCerts": true
                 *     }
                 */
                "application/json": components["schemas"]["CommListRequest"];
            };
        };
        responses: {
            /** @description Returns an array of `CommIDInfo` objects matching the specified filters. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "commId": 5001,
                     *           "mailboxId": 101,
                     *           "commType": "as2",
                     *           "identifier": "MYCOMPANY-AS2",
                     *           "status": "Active",
                     *           "useType": "Production",
                     *           "privateKeyRequired": true,
                     *           "withCerts": true
                     *         },
                     *         {
                     *           "commId": 5002,
                     *           "mailboxId": 102,
                     *           "commType": "as2",
                     *           "identifier": "DIVISION-AS2",
                     *           "status": "Active",
                     *           "useType": "Production",
                     *           "privateKeyRequired": true,
                     *           "withCerts": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["CommIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    commsCommPair: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridIdFrom": 100001,
                 *       "ecGridIdTo": 200002
                 *     }
                 */
                "application/json": components["schemas"]["CommPairRequest"];
            };
        };
        responses: {
            /** @description Returns an array of `CommIDInfo` objects representing the communication path between the two ECGrid IDs. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "commId": 5001,
                     *           "mailboxId": 101,
                     *           "commType": "as2",
                     *           "identifier": "MYCOMPANY-AS2",
                     *           "status": "Active",
                     *           "useType": "Production",
                     *           "privateKeyRequired": true,
                     *           "withCerts": true
                     *         },
                     *         {
                     *           "commId": 5099,
                     *           "mailboxId": 202,
                     *           "commType": "as2",
                     *           "identifier": "PARTNER-AS2",
                     *           "status": "Active",
                     *           "useType": "Production",
                     *           "privateKeyRequired": true,
                     *           "withCerts": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CommIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    commsSetPair: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ecGridIdFrom": 100001,
                 *       "ecGridIdTo": 200002,
                 *       "commId": 5001
                 *     }
                 */
                "application/json": components["schemas"]["CommSetPairRequest"];
            };
        };
        responses: {
            /** @description Returns an updated array of `CommIDInfo` objects reflecting the new pairing. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "commId": 5001,
                     *           "mailboxId": 101,
                     *           "commType": "as2",
                     *           "identifier": "MYCOMPANY-AS2",
                     *           "status": "Active",
                     *           "useType": "Production",
                     *           "privateKeyRequired": true,
                     *           "withCerts": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["CommIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    commsUpdateComm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commId": 5001,
                 *       "identifier": "MYCOMPANY-AS2-NEW",
                 *       "status": "Active"
                 *     }
                 */
                "application/json": components["schemas"]["CommUpdateRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `CommIDInfo` object. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "commId": 5001,
                     *         "mailboxId": 101,
                     *         "commType": "as2",
                     *         "identifier": "MYCOMPANY-AS2-NEW",
                     *         "status": "Active",
                     *         "useType": "Production",
                     *         "privateKeyRequired": true,
                     *         "withCerts": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The updated channel (the page) or `true` (ECGridOS `CommSetStatus`) — NOTES `X10-COMM-1`. */
                        data: components["schemas"]["CommIDInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    commsUpdateConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commId": 5001
                 *     }
                 */
                "application/json": components["schemas"]["CommUpdateConfigRequest"];
            };
        };
        responses: {
            /** @description Returns a success boolean confirming the configuration was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersUpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": 1042,
                 *       "email": "john.smith@example.com",
                 *       "firstName": "John",
                 *       "lastName": "Smith"
                 *     }
                 */
                "application/json": components["schemas"]["UserUpdateRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `UserIDInfo` object reflecting the saved changes. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "userId": 1042,
                     *         "login": "jsmith",
                     *         "email": "john.smith@example.com",
                     *         "firstName": "John",
                     *         "lastName": "Smith",
                     *         "networkId": 1,
                     *         "mailboxId": 101,
                     *         "authLevel": "MailboxAdmin",
                     *         "status": "Active",
                     *         "created": "2024-03-15T10:22:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The user record (the page; the role guide's partial record validates too) or `true` (ECGridOS) — NOTES `X10-USR-1`. */
                        data: components["schemas"]["UserIDInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersCreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "jsmith",
                 *       "password": "Passw0rd!",
                 *       "email": "jsmith@example.com",
                 *       "firstName": "John",
                 *       "lastName": "Smith",
                 *       "networkId": 1,
                 *       "mailboxId": 101,
                 *       "authLevel": "MailboxAdmin"
                 *     }
                 */
                "application/json": components["schemas"]["UserCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the newly created `UserIDInfo` object. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "userId": 1042,
                     *         "login": "jsmith",
                     *         "email": "jsmith@example.com",
                     *         "firstName": "John",
                     *         "lastName": "Smith",
                     *         "networkId": 1,
                     *         "mailboxId": 101,
                     *         "authLevel": "MailboxAdmin",
                     *         "status": "Active",
                     *         "created": "2026-05-07T14:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The new user (the page) or its ID (ECGridOS `UserAddEx`) — NOTES `X10-USR-1`. */
                        data: components["schemas"]["UserIDInfo"] | number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersGetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique User ID to retrieve. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a `UserIDInfo` object for the specified user. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "userId": 1042,
                     *         "login": "jsmith",
                     *         "email": "jsmith@example.com",
                     *         "firstName": "John",
                     *         "lastName": "Smith",
                     *         "networkId": 1,
                     *         "mailboxId": 101,
                     *         "authLevel": "MailboxAdmin",
                     *         "status": "Active",
                     *         "created": "2024-03-15T10:22:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["UserIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersTerminateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The User ID of the account to terminate. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a boolean indicating whether the termination was successful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersGetByName: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "jsmith"
                 *     }
                 */
                "application/json": components["schemas"]["UserByNameRequest"];
            };
        };
        responses: {
            /** @description Returns an array of `UserIDInfo` objects matching the provided login name. Multiple results may be returned if the same login exists across different networks. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "userId": 1042,
                     *           "login": "jsmith",
                     *           "email": "jsmith@example.com",
                     *           "firstName": "John",
                     *           "lastName": "Smith",
                     *           "networkId": 1,
                     *           "mailboxId": 101,
                     *           "authLevel": "MailboxAdmin",
                     *           "status": "Active",
                     *           "created": "2024-03-15T10:22:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description An array (the page) or one user (ECGridOS `UserInfobyLogin`) — NOTES `X10-USR-1`. */
                        data: components["schemas"]["UserIDInfo"][] | components["schemas"]["UserIDInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersGeneratePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "length": 16
                 *     }
                 */
                "application/json": components["schemas"]["GeneratePasswordRequest"];
            };
        };
        responses: {
            /** @description Returns the generated password string. The returned password is guaranteed to satisfy the ECGrid password complexity pattern `^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^a-zA-Z0-9]).+$`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": "Xk7#mQpL2rNv!dYw"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description A generated password that satisfies the ECGrid password policy. */
                        data: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersGenerateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The User ID for whom to generate a new API key. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns the newly generated API key string. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": "f9e8d7c6-b5a4-3210-fedc-ba9876543210"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The newly generated API key. */
                        data: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersGetApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The User ID whose API key to retrieve. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns the API key string for the specified user. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The user's current API key. */
                        data: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersListUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "networkId": 1,
                 *       "mailboxId": 101,
                 *       "authLevel": "MailboxUser",
                 *       "status": "Active",
                 *       "pageNo": 1,
                 *       "recordsPerPage": 25
                 *     }
                 */
                "application/json": components["schemas"]["UserListRequest"];
            };
        };
        responses: {
            /** @description Returns a paginated array of `UserIDInfo` objects matching the filter criteria. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "userId": 1042,
                     *           "login": "jsmith",
                     *           "email": "jsmith@example.com",
                     *           "firstName": "John",
                     *           "lastName": "Smith",
                     *           "networkId": 1,
                     *           "mailboxId": 101,
                     *           "authLevel": "MailboxUser",
                     *           "status": "Active",
                     *           "created": "2024-03-15T10:22:00Z"
                     *         },
                     *         {
                     *           "userId": 1043,
                     *           "login": "ajones",
                     *           "email": "ajones@example.com",
                     *           "firstName": "Alice",
                     *           "lastName": "Jones",
                     *           "networkId": 1,
                     *           "mailboxId": 101,
                     *           "authLevel": "MailboxUser",
                     *           "status": "Active",
                     *           "created": "2024-04-01T08:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["UserIDInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersGetMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns the `UserIDInfo` object for the caller's user account. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "userId": 1042,
                     *         "login": "jsmith",
                     *         "email": "jsmith@example.com",
                     *         "firstName": "John",
                     *         "lastName": "Smith",
                     *         "networkId": 1,
                     *         "mailboxId": 101,
                     *         "authLevel": "MailboxAdmin",
                     *         "status": "Active",
                     *         "created": "2024-03-15T10:22:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The page's user record or ECGridOS' session record (`WhoAmI`) — NOTES `X10-USR-1`. */
                        data: components["schemas"]["UserIDInfo"] | components["schemas"]["SessionInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersUpdatePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": 1042,
                 *       "newPassword": "NewPassw0rd!"
                 *     }
                 */
                "application/json": components["schemas"]["UserUpdatePasswordRequest"];
            };
        };
        responses: {
            /** @description Returns a boolean indicating whether the password was successfully updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersResetSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The User ID whose sessions should be invalidated. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a boolean indicating whether the session reset was successful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersSetRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": 1042,
                 *       "authLevel": "NetworkAdmin",
                 *       "networkId": 1
                 *     }
                 */
                "application/json": components["schemas"]["UserSetRoleRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `UserIDInfo` object reflecting the new role. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "userId": 1042,
                     *         "login": "jsmith",
                     *         "email": "jsmith@example.com",
                     *         "firstName": "John",
                     *         "lastName": "Smith",
                     *         "networkId": 1,
                     *         "mailboxId": 101,
                     *         "authLevel": "NetworkAdmin",
                     *         "status": "Active",
                     *         "created": "2024-03-15T10:22:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The user record (the page; the role guide's partial record validates too) or `true` (ECGridOS) — NOTES `X10-USR-1`. */
                        data: components["schemas"]["UserIDInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersSendSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": 1042,
                 *       "message": "Your ECGrid parcel download is ready."
                 *     }
                 */
                "application/json": components["schemas"]["UserSendSmsRequest"];
            };
        };
        responses: {
            /** @description Returns a boolean indicating whether the SMS was successfully submitted for delivery. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersSetNetworkMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": 1042,
                 *       "networkId": 2,
                 *       "mailboxId": 205
                 *     }
                 */
                "application/json": components["schemas"]["UserSetNetworkMailboxRequest"];
            };
        };
        responses: {
            /** @description Returns the updated `UserIDInfo` object reflecting the new network and mailbox association. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "userId": 1042,
                     *         "login": "jsmith",
                     *         "email": "jsmith@example.com",
                     *         "firstName": "John",
                     *         "lastName": "Smith",
                     *         "networkId": 2,
                     *         "mailboxId": 205,
                     *         "authLevel": "MailboxAdmin",
                     *         "status": "Active",
                     *         "created": "2024-03-15T10:22:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The user record (the page; the role guide's partial record validates too) or `true` (ECGridOS) — NOTES `X10-USR-1`. */
                        data: components["schemas"]["UserIDInfo"] | boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usersUpdateConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": 1042
                 *     }
                 */
                "application/json": components["schemas"]["UserUpdateConfigRequest"];
            };
        };
        responses: {
            /** @description Returns a boolean indicating whether the configuration was successfully updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    keysDeleteKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "keyId": 9001
                 *     }
                 */
                "application/json": components["schemas"]["KeyDeleteRequest"];
            };
        };
        responses: {
            /** @description Returns a boolean indicating whether the deletion was successful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": true
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` when the operation succeeded. */
                        data: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    keysCreateKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": 12345,
                 *       "visibility": "Private"
                 *     }
                 */
                "application/json": components["schemas"]["KeyCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the full key record, including the newly generated key string. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "keyId": 9003,
                     *         "userId": 12345,
                     *         "key": "ek_live_newkey987zyxwvu...",
                     *         "visibility": "Private",
                     *         "created": "2026-05-07T08:45:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description `true` (ECGridOS `KeySet` returns a boolean) or the stored record (the reference page). */
                        data: boolean | components["schemas"]["KeyValue"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    keysGetKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": 12345
                 *     }
                 */
                "application/json": components["schemas"]["KeyGetRequest"];
            };
        };
        responses: {
            /** @description Returns the key record associated with the specified user, including the key string and visibility level. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "keyId": 9001,
                     *         "userId": 12345,
                     *         "key": "ek_live_abc123xyz789...",
                     *         "visibility": "Private",
                     *         "created": "2025-01-15T10:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["KeyValue"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    keysListKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": 12345,
                 *       "visibility": "Private"
                 *     }
                 */
                "application/json": components["schemas"]["KeyListRequest"];
            };
        };
        responses: {
            /** @description Returns an array of key records matching the specified criteria. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "keyId": 9001,
                     *           "userId": 12345,
                     *           "key": "ek_live_abc123xyz789...",
                     *           "visibility": "Private",
                     *           "created": "2025-01-15T10:30:00Z"
                     *         },
                     *         {
                     *           "keyId": 9002,
                     *           "userId": 12345,
                     *           "key": "ek_shared_def456uvw...",
                     *           "visibility": "Shared",
                     *           "created": "2025-03-20T14:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["KeyValue"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    portalsGetPortalByMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the mailbox whose portal configuration should be retrieved. */
                mailboxId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns the portal record linked to the specified mailbox, including the portal URL and current status. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "portalId": 501,
                     *         "mailboxId": 7890,
                     *         "url": "https://portal.ecgrid.io/company-name",
                     *         "status": "Active",
                     *         "created": "2024-09-01T12:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["PortalInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    portalsCreatePortal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mailboxId": 7890
                 *     }
                 */
                "application/json": components["schemas"]["PortalCreateRequest"];
            };
        };
        responses: {
            /** @description Returns the newly created portal record including its assigned ID and URL. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "portalId": 502,
                     *         "mailboxId": 7890,
                     *         "url": "https://portal.ecgrid.io/new-portal-slug",
                     *         "status": "Active",
                     *         "created": "2026-05-07T09:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["PortalInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportsReportList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pass `true` to include inactive reports; `false` to return only active reports. */
                ShowInactive: boolean;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns an array of report descriptors available for the authenticated account. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "reportId": 1,
                     *           "name": "Monthly Interchange Summary",
                     *           "description": "Summarizes interchange activity for a calendar month.",
                     *           "active": true
                     *         },
                     *         {
                     *           "reportId": 2,
                     *           "name": "Traffic Volume Report",
                     *           "description": "Shows byte volume and parcel counts across configurable time periods.",
                     *           "active": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & components["schemas"]["PageInfo"] & {
                        data: components["schemas"]["ReportInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportsReportByDate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reportId": 1,
                 *       "startDate": "2026-04-01T00:00:00Z",
                 *       "endDate": "2026-04-30T23:59:59Z"
                 *     }
                 */
                "application/json": components["schemas"]["ReportByDateRequest"];
            };
        };
        responses: {
            /** @description Returns the report dataset for the specified period. The structure of the `data` array varies by report type. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "date": "2026-04-01",
                     *           "sent": 120,
                     *           "received": 95,
                     *           "totalBytes": 524288
                     *         },
                     *         {
                     *           "date": "2026-04-02",
                     *           "sent": 134,
                     *           "received": 110,
                     *           "totalBytes": 614400
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["ReportByDateRow"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportsInstantStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "minutes1": 5,
                 *       "minutes2": 60
                 *     }
                 */
                "application/json": components["schemas"]["InstantStatsRequest"];
            };
        };
        responses: {
            /** @description Returns parcel counts for each of the two requested time windows. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "window1Minutes": 5,
                     *         "window1Count": 12,
                     *         "window2Minutes": 60,
                     *         "window2Count": 148
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description One stats object (the page) or rows of an ECGridOS `DataSet` — NOTES `X10-RPT-1`. */
                        data: components["schemas"]["InstantStats"] | components["schemas"]["InstantStats"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportsInterchangeStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startTime": "2026-04-01T00:00:00Z",
                 *       "endTime": "2026-04-30T23:59:59Z",
                 *       "direction": "InBox"
                 *     }
                 */
                "application/json": components["schemas"]["InterchangeStatsRequest"];
            };
        };
        responses: {
            /** @description Returns an array of interchange statistics records, one per period within the specified range. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "periodStart": "2026-04-01T00:00:00Z",
                     *           "periodEnd": "2026-04-01T23:59:59Z",
                     *           "count": 215,
                     *           "totalBytes": 1048576,
                     *           "direction": "InBox"
                     *         },
                     *         {
                     *           "periodStart": "2026-04-02T00:00:00Z",
                     *           "periodEnd": "2026-04-02T23:59:59Z",
                     *           "count": 198,
                     *           "totalBytes": 983040,
                     *           "direction": "InBox"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["InterchangeStatsInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportsMailboxInterchangeStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns interchange count and byte totals for the current mailbox, segmented by sent and received activity. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "sent": 1452,
                     *         "received": 873,
                     *         "totalBytes": 10485760,
                     *         "period": "2026-04"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description One stats object (the page) or rows of an ECGridOS `DataSet` — NOTES `X10-RPT-1`. */
                        data: components["schemas"]["MailboxInterchangeStats"] | components["schemas"]["MailboxInterchangeStats"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportsMailboxStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns a high-level statistics summary for the current mailbox, including parcel and interchange counts. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "mailboxId": 7890,
                     *         "totalParcels": 3245,
                     *         "totalInterchanges": 18900,
                     *         "totalBytes": 52428800,
                     *         "activePartners": 42,
                     *         "reportGeneratedAt": "2026-05-07T08:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description One stats object (the page) or rows of an ECGridOS `DataSet` — NOTES `X10-RPT-1`. */
                        data: components["schemas"]["MailboxStats"] | components["schemas"]["MailboxStats"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportsMonthlyReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "report": 1,
                 *       "month": "2026-04-01T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["MonthlyReportRequest"];
            };
        };
        responses: {
            /** @description Returns the monthly report dataset. The structure of each row in `data` varies by report type. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "week": 1,
                     *           "sent": 540,
                     *           "received": 423,
                     *           "totalBytes": 5242880
                     *         },
                     *         {
                     *           "week": 2,
                     *           "sent": 612,
                     *           "received": 498,
                     *           "totalBytes": 6291456
                     *         },
                     *         {
                     *           "week": 3,
                     *           "sent": 589,
                     *           "received": 467,
                     *           "totalBytes": 5767168
                     *         },
                     *         {
                     *           "week": 4,
                     *           "sent": 511,
                     *           "received": 401,
                     *           "totalBytes": 4718592
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["MonthlyReportRow"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportsTrafficStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "targetTime": "2026-05-07T00:00:00Z",
                 *       "numPeriods": 7,
                 *       "period": "Day"
                 *     }
                 */
                "application/json": components["schemas"]["TrafficStatsRequest"];
            };
        };
        responses: {
            /** @description Returns an ordered array of traffic statistics records, one per period, from oldest to most recent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "periodStart": "2026-05-01T00:00:00Z",
                     *           "periodEnd": "2026-05-01T23:59:59Z",
                     *           "sentCount": 340,
                     *           "receivedCount": 280,
                     *           "totalBytes": 3145728
                     *         },
                     *         {
                     *           "periodStart": "2026-05-02T00:00:00Z",
                     *           "periodEnd": "2026-05-02T23:59:59Z",
                     *           "sentCount": 398,
                     *           "receivedCount": 315,
                     *           "totalBytes": 3670016
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        data: components["schemas"]["TrafficStatsInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    statusListsGetStatusLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns an object containing named arrays, each holding the valid status codes for a specific object type. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "httpStatus": 200,
                     *       "message": "",
                     *       "traceId": "0HN7K2A1B3C:00000001",
                     *       "success": true,
                     *       "data": {
                     *         "parcelStatuses": [
                     *           {
                     *             "code": "InBoxReady",
                     *             "description": "Parcel is in the inbox and ready for download"
                     *           },
                     *           {
                     *             "code": "InBoxTransferred",
                     *             "description": "Parcel has been transferred to the recipient"
                     *           },
                     *           {
                     *             "code": "as2Receive",
                     *             "description": "Parcel received via AS2"
                     *           },
                     *           {
                     *             "code": "as2Sent",
                     *             "description": "Parcel sent via AS2"
                     *           },
                     *           {
                     *             "code": "ftpReceived",
                     *             "description": "Parcel received via FTP"
                     *           },
                     *           {
                     *             "code": "ftpSent",
                     *             "description": "Parcel sent via FTP"
                     *           },
                     *           {
                     *             "code": "outboxDeliveryError",
                     *             "description": "Delivery error occurred in the outbox"
                     *           }
                     *         ],
                     *         "interchangeStatuses": [
                     *           {
                     *             "code": "Received",
                     *             "description": "Interchange has been received"
                     *           },
                     *           {
                     *             "code": "Delivered",
                     *             "description": "Interchange has been delivered to the recipient"
                     *           },
                     *           {
                     *             "code": "Cancelled",
                     *             "description": "Interchange was cancelled before delivery"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiResponse"] & {
                        /** @description The page's lists per object type or ECGridOS' flat `StatusList` — NOTES `X10-STAT-1`. */
                        data: components["schemas"]["StatusLists"] | components["schemas"]["StatusInfo"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
