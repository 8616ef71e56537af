package io.omcid.agent.provisioning;

import io.omcid.codec.message.AttributeValues;
import io.omcid.mib.MeKey;

/**
 * One managed entity a service needs: created with its set-by-create values when absent, then given its other
 * values; or, for an entity the ONU made itself (a T-CONT), only given values. Only what differs from the MIB is
 * sent.
 *
 * @param description for logs and errors: {@code "GEM port network CTP 1024"}
 * @param key         the entity
 * @param create      set-by-create values, or null for an entity that must exist already
 * @param then        values set after creation (or on the existing entity)
 * @param owned       whether the service owns the entity (removed with it)
 */
record Step(String description, MeKey key, AttributeValues create, AttributeValues then, boolean owned) {
}
