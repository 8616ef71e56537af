package io.omcid.mib.template;

/**
 * What makes two ONUs upload the same MIB: vendor, equipment id and software version. ONUs that share it share one
 * template.
 */
public record TemplateKey(String vendorId, String equipmentId, String softwareVersion) {

    public TemplateKey {
        vendorId = vendorId == null ? "" : vendorId;
        equipmentId = equipmentId == null ? "" : equipmentId;
        softwareVersion = softwareVersion == null ? "" : softwareVersion;
    }

    @Override
    public String toString() {
        return vendorId + "/" + equipmentId + "/" + softwareVersion;
    }
}
