/**
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Source: specs/as2-gateway/openapi.yaml
 * Regenerate with `pnpm generate`; CI fails when this file differs from a fresh generation.
 */

export interface paths {
    "/v1/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain a JWT token
         * @description Exchanges the AS2G account credentials for a JWT. Send the returned `token` verbatim
         *     in the `Authorization` header of all other requests (no `Bearer` prefix). The token is
         *     generally valid for ~24 hours, as indicated by `expiry`.
         */
        post: operations["authorize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/{as2StationId}/{as2PartnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send (enqueue) an AS2 message
         * @description Places a new outgoing AS2 message from the given station to the given partner into
         *     the send queue. It may take several seconds before it is actually sent out.
         *
         *     Two payload variants share this operation:
         *
         *     * **Single file** - the raw file content is the request body (like
         *       `curl --data-binary @file`). `Content-Type` is the file's MIME type (e.g.
         *       `text/xml`, `application/edi-consent`; use `application/octet-stream` if unknown;
         *       if omitted AS2G auto-detects it from the file extension and, for `.edi`, the
         *       content). The `Name` header (file name as seen by the partner) is **mandatory** for
         *       this variant. Up to 10 MB.
         *     * **Multiple files** - `multipart/form-data` with one or more parts named `file`,
         *       each with a unique `filename` and its own `Content-Type`. Up to 10 files per
         *       message, 10 MB in total.
         *
         *     On success the response is `202 Accepted`, and the `Link` header points to the sent
         *     message that will exist once the queue entry is processed (wait ~5-10 s before
         *     fetching it). If sending fails, the message never appears under *sent* and the
         *     `Link` URL stays invalid; check the *failed* and *queued* categories instead.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List received messages
         * @description Returns a page of AS2 messages received from partners. All filter parameters (other
         *     than pagination and sorting) are combined with AND. With `unreadOnly=true`, messages
         *     already marked as read via the API are skipped, which together with `markAsRead`
         *     allows one-time processing of received messages.
         */
        get: operations["listReceivedMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List successfully sent messages
         * @description Returns a page of AS2 messages successfully sent to partners. All filter parameters (other than pagination and sorting) are combined with AND.
         */
        get: operations["listSentMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List send-failed messages
         * @description Returns a page of failed send attempts. Since AS2 Gateway retries queued messages up to 10 times and each retry uses the same AS2 message ID, this list may contain several entries with the same AS2 message ID. All filter parameters (other than pagination and sorting) are combined with AND.
         */
        get: operations["listFailedMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/queued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List queued (pending-send) messages
         * @description Returns a page of outgoing messages waiting to be sent or retried. Instead of
         *     `partnerAS2Id`, `stationAS2Id`, `as2MessageId` and `subject`, this endpoint takes a
         *     single `query` parameter that can hold a value of any of those four kinds.
         *
         *     Messages that are in "processing" status (actively being sent at the time of the
         *     call) are not returned, so a queued message may occasionally be missing from the
         *     list although it is still effectively in the queue.
         */
        get: operations["listQueuedMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/received/{as2MessageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a received message
         * @description Retrieves one received AS2 message. With `markAsRead=true` the message is marked as read upon retrieval, so list queries with `unreadOnly=true` no longer return it. The marking applies to the API scope only; the message may still appear unread in the AS2 Gateway web inbox.
         */
        get: operations["getReceivedMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/sent/{as2MessageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sent message
         * @description Retrieves one successfully sent AS2 message.
         */
        get: operations["getSentMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/failed/{as2MessageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a send-failed message
         * @description Retrieves one failed AS2 message send attempt.
         */
        get: operations["getFailedMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/queued/{as2MessageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a queued (pending-send) message
         * @description Retrieves one queued AS2 message. Some attributes (such as `attachments`) may currently be missing from this response.
         */
        get: operations["getQueuedMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/received/{as2MessageId}/markUnread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a received message as unread
         * @description Reverts an API-scope "read" mark set via `markAsRead`, so the message is returned again by list queries with `unreadOnly=true`.
         */
        post: operations["markReceivedMessageUnread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/received/{as2MessageId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the first attachment of a received message
         * @description Downloads the first attachment (index 0) of a received message as binary data; the file name is in `Content-Disposition`. With `markAsRead=true` the message is marked as read upon retrieval.
         */
        get: operations["downloadFirstReceivedAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/received/{as2MessageId}/attachments/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one attachment of a received message by index
         * @description Downloads the attachment at the given zero-based position of a received message (for a message with 5 attachments, 0 through 4) as binary data; the file name is in `Content-Disposition`. With `markAsRead=true` the message is marked as read upon retrieval.
         */
        get: operations["downloadReceivedAttachmentByIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/received/{as2MessageId}/attachments/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download all attachments of a received message
         * @description Downloads all attachments of a received message in a single binary (archive) payload. With `markAsRead=true` the message is marked as read upon retrieval.
         */
        get: operations["downloadAllReceivedAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/sent/{as2MessageId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the first attachment of a sent message
         * @description Downloads the first attachment (index 0) of a sent message as binary data; the file name is in `Content-Disposition`.
         */
        get: operations["downloadFirstSentAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/sent/{as2MessageId}/attachments/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one attachment of a sent message by index
         * @description Downloads the attachment at the given zero-based position of a sent message as binary data; the file name is in `Content-Disposition`.
         */
        get: operations["downloadSentAttachmentByIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/sent/{as2MessageId}/attachments/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download all attachments of a sent message
         * @description Downloads all attachments of a sent message in a single binary (archive) payload.
         */
        get: operations["downloadAllSentAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/received/batch/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch-download attachments of several received messages
         * @description Downloads the attachments of up to 100 received messages as one zip archive
         *     containing one folder per message ID (named after the message ID) with that
         *     message's attachments. If no attachments could be found for an ID, its folder
         *     contains a `.error` file with the error message.
         *
         *     If the aggregated attachments exceed 10 MB, aggregation stops and the archive built
         *     so far is returned with `206 Partial Content`; the `X-Batch-Truncation-Index` header
         *     then gives the zero-based `(messageIndex,attachmentIndex)` of the last attachment
         *     that was added. With `markAsRead=true`, only fully archived messages are marked as
         *     read.
         */
        post: operations["downloadReceivedAttachmentsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/received/{as2MessageId}/mdn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the MDN of a received message
         * @description Downloads the MDN sent for a received message as binary data (same specification as attachment download); the file name is in `Content-Disposition`. With `markAsRead=true` the message is marked as read upon retrieval.
         */
        get: operations["downloadReceivedMdn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/sent/{as2MessageId}/mdn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the MDN of a sent message
         * @description Downloads the MDN received for a sent message as binary data (same specification as attachment download); the file name is in `Content-Disposition`.
         */
        get: operations["downloadSentMdn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/queued/{as2MessageId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop retrying a queued message
         * @description Stops the automatic retry process of a queued message (e.g. one that keeps failing because the partner endpoint is unavailable). The entry moves to the stopped list.
         */
        post: operations["stopQueuedMessageRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message/queued/{as2MessageId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume retrying a stopped message
         * @description Resumes the automatic retry process of a previously stopped queued message.
         */
        post: operations["resumeQueuedMessageRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{messageType}/{as2MessageId}": {
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
         * Delete one message of a category
         * @description Deletes the message or queue entry with the given AS2 message ID from the given category (see `messageType`).
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{messageType}": {
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
         * Bulk-delete messages of a category
         * @description Deletes up to 100 messages or queue entries of the given category in one request. The request body is a JSON array of their AS2 message IDs.
         */
        delete: operations["deleteMessages"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search partners
         * @description Lists all trading partners of the AS2G account, optionally filtered by assigned name or AS2 identifier (partial matches accepted).
         */
        get: operations["listPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/station": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search stations
         * @description Lists all local AS2 stations of the AS2G account, optionally filtered by assigned name or AS2 identifier (partial matches accepted).
         */
        get: operations["listStations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: binary
         * @description Raw binary content.
         */
        Binary: Blob;
        /** @description Single-message entity, returned as acknowledgement of an action (e.g. submitting a message) or as an error description (e.g. failure to find an AS2 message by ID). */
        GenericResponse: {
            /**
             * @description Human-readable acknowledgement or error description.
             * @example Successfully added a new outbound entry
             */
            message: string;
        };
        /** @description AS2G account credentials. */
        AuthorizeRequest: {
            /**
             * Format: email
             * @description E-mail address of the AS2G account.
             * @example edi-ops@acme-corp.com
             */
            username: string;
            /**
             * Format: password
             * @description Password of the AS2G account.
             * @example pazzword
             */
            password: string;
        };
        /** @description Issued JWT and its expiry. */
        AuthorizeResponse: {
            /** @description JWT to send verbatim in the `Authorization` header (no `Bearer` prefix). */
            token: string;
            /**
             * Format: int64
             * @description Expiry of the token, epoch milliseconds (generally ~24 hours after issue).
             * @example 1718188712345
             */
            expiry: number;
        };
        /** @description An AS2 message sent/received by AS2 Gateway. */
        AS2Message: {
            /**
             * @description AS2 message ID (includes `<`, `>` and `@`).
             * @example <1049338276.58.1718102712345@as2gateway.com>
             */
            as2MessageId: string;
            /**
             * Format: int64
             * @description Timestamp in milliseconds (epoch).
             * @example 1718102714020
             */
            persistedTimestamp: number;
            /** @description Whether the AS2 message was compressed. */
            compressed: boolean;
            /** @description Whether the AS2 message was encrypted. */
            encrypted: boolean;
            /** @description Whether the AS2 message was signed. */
            signed: boolean;
            /** @description Subject of the AS2 message. Omitted from the response if the message has no subject. */
            subject?: string;
            /**
             * @description AS2 ID of the AS2 partner who has sent/received this message.
             * @example GLOBEX_AS2
             */
            receiverId: string;
            /**
             * @description AS2 ID of the AS2 station which has received/sent this message.
             * @example ACME_EDI_PROD
             */
            senderId: string;
            /**
             * @description HTTP response code received. Only available on sent messages.
             * @example 200
             */
            transportStatusReceived?: number;
            /**
             * @description AS2-level delivery status. Only available on sent messages.
             * @enum {string}
             */
            deliveryStatus?: "Delivered" | "Not Delivered" | "No Status";
            /**
             * @description Delivery status of the MDN.
             * @enum {string}
             */
            mdnStatus: "Pending" | "Received" | "Not Requested" | "No MDN";
            partnerType: components["schemas"]["PartnerType"];
            mdnMessage?: components["schemas"]["MDNMessage"];
            /** @description The attachments sent/received in this AS2 message. May be missing from queued-message responses. */
            attachments?: components["schemas"]["Attachment"][];
        };
        /** @description A receipt (Message Disposition Notification) received/sent by AS2 Gateway for an AS2 message. */
        MDNMessage: {
            /**
             * Format: int64
             * @description Timestamp in milliseconds (epoch) when the MDN was saved in AS2 Gateway.
             * @example 1718102715377
             */
            persistedTimestamp: number;
            /** @description Whether the MDN is an error MDN. */
            mdnError: boolean;
            /** @description Human-readable part of the MDN. */
            content: string;
        };
        /** @description A single attachment sent/received by AS2 Gateway. */
        Attachment: {
            /**
             * @description Attachment file name.
             * @example invoice_20240611.xml
             */
            name: string;
            /**
             * Format: int64
             * @description Size of the attachment in bytes.
             * @example 391
             */
            size: number;
        };
        /** @description A page of AS2 Message entities returned by a list endpoint. */
        Pagination: {
            /**
             * @description Total number of results that match the query.
             * @example 10
             */
            totalRecords: number;
            /** @description The subset of the results selected by `pageOffset` and `pageLength`. */
            records: components["schemas"]["AS2Message"][];
        };
        /**
         * @description AS2 partner type, as returned in entities.
         * @enum {string}
         */
        PartnerType: "Production" | "Test";
        /**
         * @description AS2 partner type, as accepted in query parameters (lower case).
         * @default production
         * @enum {string}
         */
        PartnerTypeParam: "production" | "test";
        /** @description Reference to a certificate stored in AS2G. */
        CertificateRef: {
            /**
             * @description Certificate ID.
             * @example 5
             */
            id: number;
        };
        /** @description A custom HTTP request header added to outgoing messages. */
        CustomHeader: {
            /** @example X-Globex-Trading-Partner */
            headerKey: string;
            /** @example ACME-0042 */
            headerValue: string;
        };
        /** @description Details of a trading partner. */
        Partner: {
            /**
             * @description Internal partner ID (appears in the vendor's sample response).
             * @example 3
             */
            partnerId?: number;
            /**
             * @description Partner's AS2 ID.
             * @example GLOBEX_AS2
             */
            as2Identifier: string;
            /**
             * @description Name assigned to the partner on AS2G.
             * @example Globex Retail
             */
            name: string;
            /** @description Description set on the partner's settings. */
            description?: string;
            /**
             * @description Partner's message receive URL/endpoint.
             * @example https://as2.globex-retail.com/as2/receive
             */
            uri: string;
            /** @description Default message subject for the partner; used if no subject is specified when submitting a new message. */
            messageSubject?: string;
            /**
             * @description Encryption algorithm used for outgoing messages to this partner.
             * @example AES256_CBC
             */
            encryptionAlgorithm: string;
            /**
             * @description Signing (digest) algorithm used for outgoing messages to this partner.
             * @example SHA256
             */
            signDigestAlgorithm: string;
            /**
             * @description Signature encryption algorithm (appears in the vendor's sample response).
             * @example RSA
             */
            signEncryptAlgorithm?: string;
            /** @description Encryption certificate assigned to the partner; used to encrypt outgoing messages. */
            encryptCert?: components["schemas"]["CertificateRef"];
            /** @description Signing certificate assigned to the partner; used to verify signatures of incoming messages/MDNs. Often the same as `encryptCert`. */
            signCert?: components["schemas"]["CertificateRef"];
            /** @description True if `signCert` differs from `encryptCert` (partner uses two certificates). */
            useDiffCertAsSignCert: boolean;
            /** @description HTTPS certificate used to verify/trust the partner's AS2 endpoint if it uses HTTPS. */
            httpsCert?: components["schemas"]["CertificateRef"];
            /** @description True if encryption is enabled for outgoing messages. */
            encryptMessages: boolean;
            /** @description True if signing is enabled for outgoing messages. */
            signMessage: boolean;
            /** @description True if compression mode is "After signing and/or encryption". */
            compressAfter: boolean;
            /** @description True if compression mode is "Before signing and/or encryption". */
            compressBefore: boolean;
            /** @description Pre-compression of input files (appears in the vendor's sample response). */
            precompressInputFiles?: boolean;
            /** @description True if the "Request Asynchronous MDN" option is enabled. */
            requestAsyncMdn: boolean;
            /** @description True if the "Request MDN" option is enabled. */
            requestMdn: boolean;
            /** @description True if the "Request Digitally Signed MDN" option is enabled. */
            requestSignedMdn: boolean;
            /** @description True if the "Request MDN over HTTPS" option is enabled. */
            requestHttpsMdn: boolean;
            /** @description Custom HTTP request headers configured for outgoing messages. */
            customHeaders: components["schemas"]["CustomHeader"][];
            /** @description True if the "Use AS2 Restart" option is enabled. */
            useAs2Restart: boolean;
            /** @description True if incoming traffic is paused for the partner. */
            pauseIncoming: boolean;
            /** @description True if outgoing traffic is paused for the partner. */
            pauseOutgoing: boolean;
            /**
             * @description Seconds an outgoing message to this partner may wait for a response.
             * @example 60
             */
            sendTimeout: number;
            /** @description Custom integration flows enabled for this partner's messages. */
            flows: string[];
            partnerType: components["schemas"]["PartnerType"];
            /** @description Always `false` (global partners are not yet supported). */
            isGlobalPartner: boolean;
            /** @description True if the partner is pinned on the partner-list dashboard. */
            pinned: boolean;
        };
        /** @description Details of a local trading station. */
        Station: {
            /**
             * @description Internal station ID (appears in the vendor's sample response).
             * @example 2
             */
            id?: number;
            /**
             * @description Station's AS2 ID.
             * @example ACME_EDI_PROD
             */
            as2Identifier: string;
            /**
             * @description Name assigned to the station on AS2G.
             * @example ACME Production
             */
            name: string;
            /** @description Description set on the station's settings. */
            comments?: string;
            /**
             * @description E-mail address assigned to the station; used for message-related notifications and in the `Disposition-Notification-To` outbound AS2 header.
             * @example edi-ops@acme-corp.com
             */
            email: string;
            /** @description Station certificate (key pair) used to decrypt incoming messages and sign outgoing messages/MDNs. */
            certificate: components["schemas"]["CertificateRef"];
            /**
             * @description Zero-based index/ordinal of the inbox folder structure for SFTP, S3, etc.
             * @example 0
             */
            sftpStructure: number;
            /** @description True if e-mail notifications are enabled for incoming messages. */
            emailNotifications: boolean;
            /** @description True if e-mail notifications are enabled for message send-out failures. */
            sendFailureEmails: boolean;
            /** @description True if e-mail notifications are enabled for MDN-related failures (error MDN, MIC mismatch, etc.). */
            sendMdnFailureEmails: boolean;
            /** @description True if the station is pinned on the station-list dashboard. */
            pinned: boolean;
        };
        /**
         * @description JSON array of AS2 message IDs (at most 100).
         * @example [
         *       "<1049338276.58.1718102712345@as2gateway.com>",
         *       "<1049338277.59.1718102799001@as2gateway.com>"
         *     ]
         */
        MessageIdList: string[];
        /** @description Multipart payload with one or more `file` parts (up to 10, at most 10 MB in total). Each part needs a unique `filename` in its `Content-Disposition` and may carry its own `Content-Type`. */
        SendMessageMultipart: {
            file: components["schemas"]["Binary"][];
        };
    };
    responses: {
        /** @description The binary content of the attachment (`application/octet-stream`); the file name is given in `Content-Disposition`. */
        AttachmentFile: {
            headers: {
                "Content-Disposition": components["headers"]["ContentDisposition"];
                [name: string]: unknown;
            };
            content: {
                "application/octet-stream": components["schemas"]["Binary"];
            };
        };
        /** @description All attachments of the message as one binary (archive) payload. */
        AttachmentArchive: {
            headers: {
                "Content-Disposition": components["headers"]["ContentDispositionOptional"];
                [name: string]: unknown;
            };
            content: {
                "application/octet-stream": components["schemas"]["Binary"];
            };
        };
        /** @description The binary content of the MDN (`application/octet-stream`); the file name is given in `Content-Disposition`. */
        MdnFile: {
            headers: {
                "Content-Disposition": components["headers"]["MdnContentDisposition"];
                [name: string]: unknown;
            };
            content: {
                "application/octet-stream": components["schemas"]["Binary"];
            };
        };
        /** @description The `Authorization` token is missing, malformed or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GenericResponse"];
            };
        };
        /** @description The username/password combination is not valid. */
        InvalidCredentials: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GenericResponse"];
            };
        };
        /** @description No message matches the given AS2 message ID (or the attachment index does not exist). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GenericResponse"];
            };
        };
        /** @description Rate limit exceeded (50 requests per 10-second period). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GenericResponse"];
            };
        };
        /** @description Unexpected server-side error. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GenericResponse"];
            };
        };
    };
    parameters: {
        /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
        As2MessageId: string;
        /**
         * @description Zero-based position of the attachment within the message; for a message with 5 attachments, valid values are 0 through 4.
         * @example 1
         */
        AttachmentIndex: number;
        /**
         * @description Category (location) of the message(s) to delete:
         *     * `received` - inbox
         *     * `sent` - "Sent" list
         *     * `queued` - message-queue entries currently being sent/retried ("Outbox" list)
         *     * `stopped` - incomplete (not sent) queue entries that exhausted auto-retries or were stopped manually ("Stopped" list)
         *     * `failed` - individual message entries that failed during sending ("Failure Log" list)
         * @example sent
         */
        MessageType: "received" | "sent" | "queued" | "stopped" | "failed";
        /**
         * @description If `true`, the message(s) will be marked as read (API scope only) upon retrieval, so that list queries with `unreadOnly=true` no longer return them.
         * @example true
         */
        MarkAsRead: boolean;
        /**
         * @description If `true`, messages already marked as read within the API scope (via `markAsRead`) are skipped.
         * @example true
         */
        UnreadOnly: boolean;
        /** @description Column to sort by. */
        SortCol: "persistedTimestamp" | "receiverId" | "senderId" | "subject";
        /** @description Sort direction. */
        SortDir: "asc" | "desc";
        /** @description Restrict results to production or test partners. */
        PartnerType: components["schemas"]["PartnerTypeParam"];
        /** @description Page number (zero-based). */
        PageOffset: number;
        /** @description Page length (number of records per page), 1 to 100. */
        PageLength: number;
        /**
         * @description AS2 identifier of the AS2 Partner that sent/received the messages.
         * @example GLOBEX_AS2
         */
        PartnerAS2Id: string;
        /**
         * @description AS2 identifier of the AS2 Station that received/sent the messages.
         * @example ACME_EDI_PROD
         */
        StationAS2Id: string;
        /**
         * @description AS2 message ID of the required message(s), including angle brackets (query-encode `<`, `>` and `@` as usual).
         * @example <1049338276.58.1718102712345@as2gateway.com>
         */
        As2MessageIdFilter: string;
        /**
         * @description Any subject string, to filter messages against.
         * @example EDI 850 Purchase Order 4500012345
         */
        SubjectFilter: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Absolute URL of the AS2 message that will be created once the outgoing queue entry
         *     is processed - the *sent*-message resource
         *     `https://api.as2gateway.com/v1/message/sent/{as2MessageId}`. The last path segment is
         *     the **AS2 message ID of the new message**, appended verbatim (angle brackets and `@`
         *     are *not* percent-encoded), e.g.
         *     `https://api.as2gateway.com/v1/message/sent/<90766548.41.1573209810390@as2gateway.com>`.
         *
         *     Notes for clients:
         *     * The value is a bare URL, **not** RFC 8288 `<uri>; rel="..."` syntax; a generic
         *       Link-header parser would wrongly treat the `<...>` of the message ID as the URI
         *       delimiters. Take the substring after `/message/sent/` as the message ID.
         *     * Percent-encode the ID before reusing it in a path
         *       (`/v1/message/sent/%3C...%40...%3E`).
         *     * The resource is not available immediately; wait ~5-10 seconds before querying it.
         *       If the send ultimately fails, the URL never becomes valid - look in the *failed*
         *       and *queued* categories instead.
         * @example https://api.as2gateway.com/v1/message/sent/<1049338276.58.1718102712345@as2gateway.com>
         */
        Link: string;
        /**
         * @description Carries the attachment file name: `attachment; filename=<attachment_name>`.
         * @example attachment; filename=invoice_20240611.xml
         */
        ContentDisposition: string;
        /**
         * @description Carries the MDN file name: `attachment; filename=<mdn_name>`.
         * @example attachment; filename=mdn.txt
         */
        MdnContentDisposition: string;
        /**
         * @description If present, carries the download file name: `attachment; filename=<name>`.
         * @example attachment; filename=attachments.zip
         */
        ContentDispositionOptional: string;
        /**
         * @description Zero-based index of the last attachment successfully added to the truncated archive, as `(messageIndex,attachmentIndex)`. E.g. `(1,2)` means the size limit was reached after adding the 3rd attachment (index 2) of the 2nd message (index 1).
         * @example (1,2)
         */
        XBatchTruncationIndex: string;
        /**
         * @description Seconds (or an HTTP-date) to wait before retrying. The API allows 50 requests per 10-second period.
         * @example 10
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    authorize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorizeRequest"];
            };
        };
        responses: {
            /** @description Token issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizeResponse"];
                };
            };
            401: components["responses"]["InvalidCredentials"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    sendMessage: {
        parameters: {
            query?: {
                /** @description Type of the partner addressed. Defaults to `production`. */
                partnerType?: components["schemas"]["PartnerTypeParam"];
                /**
                 * @description Subject of the AS2 message (any string). If omitted, the partner's default `messageSubject` is used.
                 * @example INVOICE INV-2024-00981
                 */
                subject?: string;
                /**
                 * @description Name of a message submission profile to use for composing this message, e.g. to include additional profile-specific HTTP transmission headers.
                 * @example walmart-invoices
                 */
                profile?: string;
            };
            header?: {
                /**
                 * @description File name of the attachment, as it will be received on the partner's side (e.g. `invoice-12345.edi`). **Mandatory for single-file (raw body) uploads**; not used for `multipart/form-data`, where each part carries its own `filename`.
                 * @example invoice_20240611.xml
                 */
                Name?: string;
            };
            path: {
                /**
                 * @description AS2 identifier of the AS2 Station from which the message is sent. Percent-encode it if it contains reserved characters.
                 * @example ACME_EDI_PROD
                 */
                as2StationId: string;
                /**
                 * @description AS2 identifier of the AS2 Partner to which the message is sent. Percent-encode it if it contains reserved characters.
                 * @example GLOBEX_AS2
                 */
                as2PartnerId: string;
            };
            cookie?: never;
        };
        /** @description Either the raw content of a single file (any content type; up to 10 MB) or a multipart payload with up to 10 `file` parts (10 MB in total). */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["Binary"];
                "multipart/form-data": components["schemas"]["SendMessageMultipart"];
                "*/*": components["schemas"]["Binary"];
            };
        };
        responses: {
            /** @description The message was added to the outgoing queue. */
            202: {
                headers: {
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenericResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReceivedMessages: {
        parameters: {
            query?: {
                /** @description Column to sort by. */
                sortCol?: components["parameters"]["SortCol"];
                /** @description Sort direction. */
                sortDir?: components["parameters"]["SortDir"];
                /** @description Restrict results to production or test partners. */
                partnerType?: components["parameters"]["PartnerType"];
                /** @description Page number (zero-based). */
                pageOffset?: components["parameters"]["PageOffset"];
                /** @description Page length (number of records per page), 1 to 100. */
                pageLength?: components["parameters"]["PageLength"];
                /**
                 * @description AS2 identifier of the AS2 Partner that sent/received the messages.
                 * @example GLOBEX_AS2
                 */
                partnerAS2Id?: components["parameters"]["PartnerAS2Id"];
                /**
                 * @description AS2 identifier of the AS2 Station that received/sent the messages.
                 * @example ACME_EDI_PROD
                 */
                stationAS2Id?: components["parameters"]["StationAS2Id"];
                /**
                 * @description AS2 message ID of the required message(s), including angle brackets (query-encode `<`, `>` and `@` as usual).
                 * @example <1049338276.58.1718102712345@as2gateway.com>
                 */
                as2MessageId?: components["parameters"]["As2MessageIdFilter"];
                /**
                 * @description Any subject string, to filter messages against.
                 * @example EDI 850 Purchase Order 4500012345
                 */
                subject?: components["parameters"]["SubjectFilter"];
                /**
                 * @description If `true`, messages already marked as read within the API scope (via `markAsRead`) are skipped.
                 * @example true
                 */
                unreadOnly?: components["parameters"]["UnreadOnly"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of received AS2 messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagination"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSentMessages: {
        parameters: {
            query?: {
                /** @description Column to sort by. */
                sortCol?: components["parameters"]["SortCol"];
                /** @description Sort direction. */
                sortDir?: components["parameters"]["SortDir"];
                /** @description Restrict results to production or test partners. */
                partnerType?: components["parameters"]["PartnerType"];
                /** @description Page number (zero-based). */
                pageOffset?: components["parameters"]["PageOffset"];
                /** @description Page length (number of records per page), 1 to 100. */
                pageLength?: components["parameters"]["PageLength"];
                /**
                 * @description AS2 identifier of the AS2 Partner that sent/received the messages.
                 * @example GLOBEX_AS2
                 */
                partnerAS2Id?: components["parameters"]["PartnerAS2Id"];
                /**
                 * @description AS2 identifier of the AS2 Station that received/sent the messages.
                 * @example ACME_EDI_PROD
                 */
                stationAS2Id?: components["parameters"]["StationAS2Id"];
                /**
                 * @description AS2 message ID of the required message(s), including angle brackets (query-encode `<`, `>` and `@` as usual).
                 * @example <1049338276.58.1718102712345@as2gateway.com>
                 */
                as2MessageId?: components["parameters"]["As2MessageIdFilter"];
                /**
                 * @description Any subject string, to filter messages against.
                 * @example EDI 850 Purchase Order 4500012345
                 */
                subject?: components["parameters"]["SubjectFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sent AS2 messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagination"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listFailedMessages: {
        parameters: {
            query?: {
                /** @description Column to sort by. */
                sortCol?: components["parameters"]["SortCol"];
                /** @description Sort direction. */
                sortDir?: components["parameters"]["SortDir"];
                /** @description Restrict results to production or test partners. */
                partnerType?: components["parameters"]["PartnerType"];
                /** @description Page number (zero-based). */
                pageOffset?: components["parameters"]["PageOffset"];
                /** @description Page length (number of records per page), 1 to 100. */
                pageLength?: components["parameters"]["PageLength"];
                /**
                 * @description AS2 identifier of the AS2 Partner that sent/received the messages.
                 * @example GLOBEX_AS2
                 */
                partnerAS2Id?: components["parameters"]["PartnerAS2Id"];
                /**
                 * @description AS2 identifier of the AS2 Station that received/sent the messages.
                 * @example ACME_EDI_PROD
                 */
                stationAS2Id?: components["parameters"]["StationAS2Id"];
                /**
                 * @description AS2 message ID of the required message(s), including angle brackets (query-encode `<`, `>` and `@` as usual).
                 * @example <1049338276.58.1718102712345@as2gateway.com>
                 */
                as2MessageId?: components["parameters"]["As2MessageIdFilter"];
                /**
                 * @description Any subject string, to filter messages against.
                 * @example EDI 850 Purchase Order 4500012345
                 */
                subject?: components["parameters"]["SubjectFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of failed AS2 message send attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagination"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listQueuedMessages: {
        parameters: {
            query?: {
                /** @description Column to sort by. */
                sortCol?: components["parameters"]["SortCol"];
                /** @description Sort direction. */
                sortDir?: components["parameters"]["SortDir"];
                /** @description Restrict results to production or test partners. */
                partnerType?: components["parameters"]["PartnerType"];
                /** @description Page number (zero-based). */
                pageOffset?: components["parameters"]["PageOffset"];
                /** @description Page length (number of records per page), 1 to 100. */
                pageLength?: components["parameters"]["PageLength"];
                /**
                 * @description A single filter value matched against any one of partner AS2 ID, station AS2 ID, AS2 message ID or subject.
                 * @example <1049338276.58.1718102712345@as2gateway.com>
                 */
                query?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of queued AS2 messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagination"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getReceivedMessage: {
        parameters: {
            query?: {
                /**
                 * @description If `true`, the message(s) will be marked as read (API scope only) upon retrieval, so that list queries with `unreadOnly=true` no longer return them.
                 * @example true
                 */
                markAsRead?: components["parameters"]["MarkAsRead"];
            };
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The received AS2 message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AS2Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSentMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sent AS2 message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AS2Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getFailedMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The failed AS2 message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AS2Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getQueuedMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queued AS2 message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AS2Message"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    markReceivedMessageUnread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message was marked as unread. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenericResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadFirstReceivedAttachment: {
        parameters: {
            query?: {
                /**
                 * @description If `true`, the message(s) will be marked as read (API scope only) upon retrieval, so that list queries with `unreadOnly=true` no longer return them.
                 * @example true
                 */
                markAsRead?: components["parameters"]["MarkAsRead"];
            };
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AttachmentFile"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadReceivedAttachmentByIndex: {
        parameters: {
            query?: {
                /**
                 * @description If `true`, the message(s) will be marked as read (API scope only) upon retrieval, so that list queries with `unreadOnly=true` no longer return them.
                 * @example true
                 */
                markAsRead?: components["parameters"]["MarkAsRead"];
            };
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
                /**
                 * @description Zero-based position of the attachment within the message; for a message with 5 attachments, valid values are 0 through 4.
                 * @example 1
                 */
                index: components["parameters"]["AttachmentIndex"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AttachmentFile"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadAllReceivedAttachments: {
        parameters: {
            query?: {
                /**
                 * @description If `true`, the message(s) will be marked as read (API scope only) upon retrieval, so that list queries with `unreadOnly=true` no longer return them.
                 * @example true
                 */
                markAsRead?: components["parameters"]["MarkAsRead"];
            };
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AttachmentArchive"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadFirstSentAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AttachmentFile"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadSentAttachmentByIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
                /**
                 * @description Zero-based position of the attachment within the message; for a message with 5 attachments, valid values are 0 through 4.
                 * @example 1
                 */
                index: components["parameters"]["AttachmentIndex"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AttachmentFile"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadAllSentAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AttachmentArchive"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadReceivedAttachmentsBatch: {
        parameters: {
            query?: {
                /**
                 * @description If `true`, the message(s) will be marked as read (API scope only) upon retrieval, so that list queries with `unreadOnly=true` no longer return them.
                 * @example true
                 */
                markAsRead?: components["parameters"]["MarkAsRead"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description JSON array of the AS2 message IDs (at most 100) whose attachments to download. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageIdList"];
            };
        };
        responses: {
            /** @description Zip archive with the attachments of all requested messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["Binary"];
                    "application/zip": components["schemas"]["Binary"];
                };
            };
            /** @description The 10 MB size limit was reached; the zip archive contains only the attachments aggregated so far. */
            206: {
                headers: {
                    "X-Batch-Truncation-Index": components["headers"]["XBatchTruncationIndex"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["Binary"];
                    "application/zip": components["schemas"]["Binary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadReceivedMdn: {
        parameters: {
            query?: {
                /**
                 * @description If `true`, the message(s) will be marked as read (API scope only) upon retrieval, so that list queries with `unreadOnly=true` no longer return them.
                 * @example true
                 */
                markAsRead?: components["parameters"]["MarkAsRead"];
            };
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MdnFile"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    downloadSentMdn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["MdnFile"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    stopQueuedMessageRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retrying was stopped. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenericResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resumeQueuedMessageRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retrying was resumed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenericResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Category (location) of the message(s) to delete:
                 *     * `received` - inbox
                 *     * `sent` - "Sent" list
                 *     * `queued` - message-queue entries currently being sent/retried ("Outbox" list)
                 *     * `stopped` - incomplete (not sent) queue entries that exhausted auto-retries or were stopped manually ("Stopped" list)
                 *     * `failed` - individual message entries that failed during sending ("Failure Log" list)
                 * @example sent
                 */
                messageType: components["parameters"]["MessageType"];
                /** @description AS2 message ID (Message-ID) of the message, including the angle brackets, e.g. `<1049338276.58.1718102712345@as2gateway.com>`. It contains `<`, `>` and `@` and **must be percent-encoded** in the URL path, e.g. `%3C1049338276.58.1718102712345%40as2gateway.com%3E` (as produced by `encodeURIComponent`). */
                as2MessageId: components["parameters"]["As2MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenericResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Category (location) of the message(s) to delete:
                 *     * `received` - inbox
                 *     * `sent` - "Sent" list
                 *     * `queued` - message-queue entries currently being sent/retried ("Outbox" list)
                 *     * `stopped` - incomplete (not sent) queue entries that exhausted auto-retries or were stopped manually ("Stopped" list)
                 *     * `failed` - individual message entries that failed during sending ("Failure Log" list)
                 * @example sent
                 */
                messageType: components["parameters"]["MessageType"];
            };
            cookie?: never;
        };
        /** @description JSON array of the AS2 message IDs (at most 100) to delete. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageIdList"];
            };
        };
        responses: {
            /** @description The messages were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenericResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listPartners: {
        parameters: {
            query?: {
                /**
                 * @description Filter by partner name or AS2 identifier (partial matches accepted).
                 * @example GLOBEX
                 */
                query?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching partners. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listStations: {
        parameters: {
            query?: {
                /**
                 * @description Filter by station name or AS2 identifier (partial matches accepted).
                 * @example ACME
                 */
                query?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching stations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Station"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
