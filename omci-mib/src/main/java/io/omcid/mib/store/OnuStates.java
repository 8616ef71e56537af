package io.omcid.mib.store;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.mib.Mib;
import io.omcid.mib.alarm.AlarmTable;
import io.omcid.mib.template.MibTemplate;
import io.omcid.mib.template.TemplateRegistry;

import java.time.Instant;

/** Between live ONU state (MIB, alarm table) and its stored snapshot. */
public final class OnuStates {

    private OnuStates() {
    }

    public static OnuSnapshot snapshot(String onu, Mib mib, AlarmTable alarms, Instant now) {
        MibTemplate template = mib.template();
        return new OnuSnapshot(onu, template == null ? null : template.id(), mib.mds(), Blobs.overlay(mib),
                Blobs.alarms(alarms), alarms.lastSequence(), now);
    }

    /** The MIB of a snapshot; its template must be registered already. */
    public static Mib mib(OnuSnapshot snapshot, TemplateRegistry templates, MeCatalog catalog) {
        MibTemplate template = null;
        if (snapshot.templateId() != null) {
            template = templates.byId(snapshot.templateId());
            if (template == null) {
                throw new IllegalStateException("ONU " + snapshot.onu() + " template: " + snapshot.templateId()
                        + " (expected: a template of the store)");
            }
        }
        Blobs.Entries entries = Blobs.entries(snapshot.mib());
        return Mib.restore(catalog, template, entries.keys(), entries.records(), snapshot.mds());
    }

    public static AlarmTable alarms(OnuSnapshot snapshot) {
        AlarmTable table = new AlarmTable();
        table.restore(Blobs.alarms(snapshot.alarms()), snapshot.alarmSequence());
        return table;
    }

    /** The stored form of a template, for stores that keep it as octets. */
    public static byte[] templateBlob(MibTemplate template) {
        return Blobs.template(template);
    }
}
