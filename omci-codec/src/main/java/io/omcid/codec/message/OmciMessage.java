package io.omcid.codec.message;

/**
 * A decoded or to-be-encoded OMCI message: a header and the contents its message type defines. Every
 * implementation is an immutable record.
 */
public sealed interface OmciMessage permits EmptyRequest, ResultResponse, CreateRequest, CreateResponse,
        SetRequest, SetResponse, GetRequest, GetResponse, GetAllAlarmsRequest, CountResponse, SequenceRequest,
        GetAllAlarmsNextResponse, MibUploadNextResponse, AlarmNotification, AttributeValueChange, TestRequest,
        TestResult, StartSoftwareDownloadRequest, StartSoftwareDownloadResponse, DownloadSectionRequest,
        DownloadSectionResponse, EndSoftwareDownloadRequest, EndSoftwareDownloadResponse,
        ActivateSoftwareRequest, SynchronizeTimeRequest, SynchronizeTimeResponse, RebootRequest,
        GetNextRequest, GetNextResponse, SetTableRequest {

    Header header();

    default MessageType type() {
        return header().type();
    }

    default int tci() {
        return header().tci();
    }
}
