package io.omcid.agent.provisioning;

import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.OmciMessage;
import io.omcid.mib.MeKey;

/**
 * One OMCI command of a provisioning run, with how to undo it: a Create is undone by a Delete, a Set on an entity
 * that existed before by setting the old values back.
 *
 * @param description what it does, for errors: {@code "create GEM port network CTP 1024"}
 * @param key         the entity
 * @param request     the request to send
 * @param creates     whether it creates the entity
 * @param previous    for a Set on an entity that existed before: the values it overwrites; else null
 */
record Command(String description, MeKey key, OmciMessage request, boolean creates, AttributeValues previous) {
}
