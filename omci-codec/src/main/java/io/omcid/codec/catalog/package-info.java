/**
 * The managed-entity catalog: every ITU-T G.988 clause 9 class as data (id, attributes with size, access and
 * format, accepted actions, alarms), loaded from {@code g988-classes.txt}, and the check of outgoing requests
 * against it.
 */
package io.omcid.codec.catalog;
