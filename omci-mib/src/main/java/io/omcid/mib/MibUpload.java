package io.omcid.mib;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.MibUploadNextResponse;
import io.omcid.codec.message.MibUploadRecord;

/**
 * Builds a MIB from a MIB upload sequence (G.988 clause I.1.2): the records of every MIB upload next response, in
 * order, baseline (one per response) or extended (several). An instance reported more than once gathers its
 * attributes; the MIB data sync counter is the one ONU data (class 2, instance 0) reports.
 */
public final class MibUpload {

    private static final MeKey ONU_DATA = MeKey.of(2, 0);

    private final Mib mib;
    private int responses;

    public MibUpload(MeCatalog catalog) {
        this.mib = new Mib(catalog, false);
    }

    public void accept(MibUploadNextResponse response) {
        for (MibUploadRecord record : response.records()) {
            accept(record);
        }
        responses++;
    }

    public void accept(MibUploadRecord record) {
        mib.putUploaded(MeKey.of(record.classId(), record.instance()), record.values());
    }

    /** How many responses were taken. */
    public int responses() {
        return responses;
    }

    /** The MIB uploaded so far, its counter taken from ONU data. */
    public Mib build() {
        AttributeValues onuData = mib.get(ONU_DATA);
        mib.mds(onuData != null && onuData.has(1) ? (int) onuData.unsigned(1) : 0);
        mib.trim();
        return mib.copy();
    }
}
