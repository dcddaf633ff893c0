package org.memberportal.domain.access;

/** What a portal account may do, one row of the vendor's capability matrix each (docs/rules.md). */
public enum Capability {
    /** Solution articles and forums; also installation and update documents once active. */
    PORTAL_ACCESS,
    CREATE_TICKETS,
    /** Ask for new staff accounts; the highest level that may be asked for is in the matrix. */
    REQUEST_STAFF_ACCOUNTS,
    /** Change levels and deactivate accounts of the company (account life cycle 5). */
    MANAGE_STAFF_ACCOUNTS,
    /** "See and reply to all tickets of the company's staff", kept as two so they can part. */
    SEE_COMPANY_TICKETS,
    REPLY_TO_COMPANY_TICKETS,
    RECEIVE_NEWSLETTER,
    RECEIVE_UPDATE_NOTICES,
    BOOK_LIVE_SESSIONS,
    ORDER_PAID_SERVICES,
    /** Product, license type, quantity, expiry. */
    SEE_LICENSE_INFORMATION_LIMITED,
    /** The limited view plus maintenance status, seats in use and order history. */
    SEE_LICENSE_INFORMATION_FULL,
    ORDER_LICENSES,
    /** Download links "on request": asked for, granted by an agent, then visible to the asker. */
    REQUEST_DOWNLOAD_LINKS,
    /** Every download link of the company, without asking. */
    SEE_ALL_DOWNLOAD_LINKS,
    SEE_LICENSE_KEYS
}
