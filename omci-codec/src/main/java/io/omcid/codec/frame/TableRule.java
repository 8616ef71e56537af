package io.omcid.codec.frame;

/** What a table attribute's value is in each message that may carry one (G.988 A.2 and C.2). */
enum TableRule {
    /** Get response: the table's size, four octets. */
    SIZE,
    /** Set request: one row. */
    ROW,
    /** Get next response and Set table request: every octet to the end of the contents. */
    REST,
    /** Create, attribute value change, MIB upload next and Get current data carry no tables. */
    NONE
}
