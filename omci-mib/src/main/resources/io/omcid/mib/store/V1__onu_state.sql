-- ONU state: templates, one row per ONU, and the alarm history.
-- ${binary} stands for the dialect's variable-length binary type.

CREATE TABLE omcid_template (
    template_id VARCHAR(32) PRIMARY KEY,
    vendor_id VARCHAR(64) NOT NULL,
    equipment_id VARCHAR(64) NOT NULL,
    software_version VARCHAR(512) NOT NULL,
    mib ${binary} NOT NULL
);

CREATE TABLE omcid_onu (
    onu VARCHAR(64) PRIMARY KEY,
    template_id VARCHAR(32) REFERENCES omcid_template (template_id),
    mds INTEGER NOT NULL,
    mib ${binary} NOT NULL,
    alarms ${binary} NOT NULL,
    alarm_sequence INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE omcid_alarm_event (
    event_id BIGINT PRIMARY KEY,
    event_time TIMESTAMP NOT NULL,
    onu VARCHAR(64) NOT NULL,
    class_id INTEGER NOT NULL,
    instance_id INTEGER NOT NULL,
    alarm INTEGER NOT NULL,
    raised BOOLEAN NOT NULL
);
